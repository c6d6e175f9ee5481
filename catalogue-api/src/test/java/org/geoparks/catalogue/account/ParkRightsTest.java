package org.geoparks.catalogue.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.geoparks.catalogue.layer.EditRight;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class ParkRightsTest {

    static final String LANG_SON = "lang-son";
    static final String CAO_BANG = "non-nuoc-cao-bang";

    static ParkRights as(GrantedAuthority... authorities) {
        TestingAuthenticationToken auth = new TestingAuthenticationToken("someone", "n/a", List.of(authorities));
        auth.setAuthenticated(true);
        return ParkRights.of(auth);
    }

    @Test
    void aManagerChangesContentAndSafetyDataOfTheirParkOnly() {
        ParkRights manager = as(new SimpleGrantedAuthority(Roles.PARK_MANAGER), new ParkManagerAuthority(LANG_SON));

        assertThat(manager.may(EditRight.SAFETY, LANG_SON)).isTrue();
        assertThat(manager.may(EditRight.CONTENT, LANG_SON)).isTrue();
        assertThat(manager.may(EditRight.SAFETY, CAO_BANG)).isFalse();
        assertThat(manager.may(EditRight.CONTENT, CAO_BANG)).isFalse();
        assertThat(manager.manages(LANG_SON)).isTrue();
        assertThat(manager.manages(CAO_BANG)).isFalse();
    }

    @Test
    void anEditorChangesContentButNoSafetyData() {
        ParkRights editor = as(new SimpleGrantedAuthority(Roles.EDITOR), new ParkEditorAuthority(CAO_BANG));

        assertThat(editor.may(EditRight.CONTENT, CAO_BANG)).isTrue();
        assertThat(editor.may(EditRight.SAFETY, CAO_BANG)).isFalse();
        assertThat(editor.may(EditRight.CONTENT, LANG_SON)).isFalse();
        assertThat(editor.manages(CAO_BANG)).as("no audit log, no safety report").isFalse();
    }

    @Test
    void anAdministratorChangesEveryParkButNothingAnEditMayNeverChange() {
        ParkRights admin = as(new SimpleGrantedAuthority(Roles.ADMIN));

        assertThat(admin.may(EditRight.SAFETY, CAO_BANG)).isTrue();
        assertThat(admin.may(EditRight.CONTENT, null)).isTrue();
        assertThat(admin.may(EditRight.NONE, CAO_BANG)).isFalse();
    }

    @Test
    void anOperatorAndTheParkOfNoRecordGiveNoRight() {
        ParkRights operator = as(new SimpleGrantedAuthority(Roles.OPERATOR));
        ParkRights manager = as(new ParkManagerAuthority(LANG_SON));

        assertThat(operator.may(EditRight.CONTENT, LANG_SON)).isFalse();
        assertThat(manager.may(EditRight.CONTENT, null)).isFalse();
    }

    @Test
    void theRefusalsSayWhetherToSignInOrToAskForTheRight() {
        ParkRights anonymous = ParkRights.of(new AnonymousAuthenticationToken("k", "anonymousUser",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        ParkRights editor = as(new ParkEditorAuthority(CAO_BANG));

        assertThatThrownBy(() -> anonymous.require(EditRight.CONTENT, CAO_BANG, "change places"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> editor.require(EditRight.SAFETY, CAO_BANG, "change hazards"))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("managers");
        assertThat(editor.require(EditRight.CONTENT, CAO_BANG, "change places")).isEqualTo("someone");
    }
}
