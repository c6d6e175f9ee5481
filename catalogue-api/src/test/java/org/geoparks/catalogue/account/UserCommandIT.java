package org.geoparks.catalogue.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geoparks.catalogue.testing.ManagedParks.CAO_BANG;
import static org.geoparks.catalogue.testing.ManagedParks.LANG_SON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.testing.Accounts;
import org.geoparks.catalogue.testing.EditHttp;
import org.geoparks.catalogue.testing.ManagedParks;
import org.geoparks.catalogue.testing.PostgisExtension;
import org.geoparks.catalogue.testing.PostgisTest;
import org.geoparks.catalogue.testing.TestSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code ./catalogue user …} against the running service's database: the account it creates signs
 * in with the rights it was given; what it cannot take is refused with a reason, and no password
 * reaches the audit log.
 */
@PostgisTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserCommandIT {

    static final String PASSWORD = "mưa rừng Bắc Sơn 2026";

    @LocalServerPort
    int port;
    @Autowired
    ParkService parks;
    @Autowired
    PlaceService places;
    @Autowired
    JdbcTemplate jdbc;

    EditHttp http;

    @BeforeAll
    void twoParks() {
        ManagedParks.load(parks, places, jdbc);
        http = new EditHttp(port, PASSWORD);
    }

    /** What a run printed, and how it ended. */
    record Run(int exit, String out, String err) {
    }

    Run user(String stdin, String... args) {
        TestSchema schema = PostgisExtension.schemaFor(getClass());
        Map<String, Object> database = new HashMap<>();
        database.put("spring.datasource.url", schema.jdbcUrl());
        database.put("spring.datasource.username", Objects.toString(schema.server().user(), ""));
        database.put("spring.datasource.password", Objects.toString(schema.server().password(), ""));
        database.put("spring.flyway.schemas", schema.name());
        database.put("spring.flyway.default-schema", schema.name());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new UserCommand(database, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aManagerCreatedOnTheCommandLineSignsInAndManagesTheirParkOnly() throws Exception {
        Run added = user(PASSWORD + "\n", "add", "Ranger.Hoa", "--role", "manager", "--park", LANG_SON, "--display-name", "Hoàng Thị Hoa",
                "--password-stdin");

        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("created ranger.hoa: manager of lang-son");
        String token = Accounts.bearer(port, "ranger.hoa", PASSWORD);
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims.path("parks").toString()).isEqualTo("[\"lang-son\"]");
        assertThat(http.get("/api/v1/parks/" + LANG_SON + "/safety-report", "ranger.hoa").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/parks/" + CAO_BANG + "/safety-report", "ranger.hoa").status()).isEqualTo(403);

        Run granted = user("", "grant", "ranger.hoa", "--role", "editor", "--park", CAO_BANG);
        assertThat(granted.exit()).as(granted.err()).isZero();
        assertThat(granted.out()).contains("editor of non-nuoc-cao-bang").contains("manager of lang-son");
        JsonNode regranted = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(Accounts.bearer(port, "ranger.hoa", PASSWORD).split("\\.")[1]));
        assertThat(regranted.path("editor_parks").toString()).isEqualTo("[\"non-nuoc-cao-bang\"]");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE entity_type = 'account' AND entity_id = 'ranger.hoa'", Integer.class))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE entity_type = 'account' AND (coalesce(after::text, '') "
                + "LIKE '%bcrypt%' OR coalesce(after::text, '') LIKE '%' || ? || '%')", Integer.class, PASSWORD)).isZero();
        assertThat(jdbc.queryForObject("SELECT actor FROM audit_log WHERE entity_type = 'account' ORDER BY id LIMIT 1", String.class))
                .startsWith("cli:");

        Run disabled = user("", "disable", "ranger.hoa");
        assertThat(disabled.exit()).isZero();
        assertThat(http.call("/api/v1/auth/token").json("POST", Map.of("username", "ranger.hoa", "password", PASSWORD)).send().status())
                .isEqualTo(401);
        assertThat(user("", "list").out()).contains("ranger.hoa (disabled): editor of non-nuoc-cao-bang, manager of lang-son");
    }

    @Test
    void whatTheCommandCannotTakeIsRefusedWithTheReason() {
        Run noPark = user(PASSWORD, "add", "ranger.lan", "--role", "manager", "--password-stdin");
        Run shortPassword = user("short", "add", "ranger.lan", "--role", "editor", "--park", CAO_BANG, "--password-stdin");
        Run unknownRole = user(PASSWORD, "add", "ranger.lan", "--role", "superuser", "--password-stdin");
        Run passwordInArguments = user("", "add", "ranger.lan", "--role", "admin", "--password", PASSWORD);
        Run noSuchPark = user(PASSWORD, "add", "ranger.lan", "--role", "manager", "--park", "atlantis", "--password-stdin");

        assertThat(noPark.exit()).isEqualTo(1);
        assertThat(noPark.err()).contains("--park");
        assertThat(shortPassword.exit()).isEqualTo(1);
        assertThat(shortPassword.err()).contains("shorter than 10 characters");
        assertThat(unknownRole.exit()).isEqualTo(1);
        assertThat(unknownRole.err()).contains("manager, editor, admin, operator");
        assertThat(passwordInArguments.exit()).isEqualTo(2);
        assertThat(noSuchPark.exit()).isEqualTo(1);
        assertThat(noSuchPark.err()).contains("there is no park 'atlantis'");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM account WHERE username = 'ranger.lan'", Integer.class)).isZero();
    }
}
