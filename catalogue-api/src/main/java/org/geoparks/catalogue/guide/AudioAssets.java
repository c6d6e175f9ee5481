package org.geoparks.catalogue.guide;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The rows of {@code audio_asset}. */
@Repository
class AudioAssets {

    private static final String COLUMNS = "id, narration_id, media_type, bytes, duration_s, sha256, synthesized, voice, script_sha256, transcript, created_at";
    private static final RowMapper<AudioAsset> ROW = AudioAssets::row;

    private final JdbcTemplate jdbc;

    AudioAssets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AudioAsset> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audio_asset WHERE id = ?", ROW, id).stream().findFirst();
    }

    /** The assets of a narration: recordings first, then the newest first. */
    List<AudioAsset> ofNarration(String narrationId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audio_asset WHERE narration_id = ? ORDER BY synthesized, created_at DESC, id DESC",
                ROW, narrationId);
    }

    /** The assets of many narrations, keyed by narration, each list ordered as {@link #ofNarration}. */
    Map<String, List<AudioAsset>> ofNarrations(Collection<String> narrationIds) {
        Map<String, List<AudioAsset>> byNarration = new LinkedHashMap<>();
        if (narrationIds.isEmpty()) {
            return byNarration;
        }
        jdbc.query("SELECT " + COLUMNS + " FROM audio_asset WHERE narration_id = ANY (?) ORDER BY narration_id, synthesized, created_at DESC, id DESC",
                rs -> {
                    AudioAsset asset = row(rs, 0);
                    byNarration.computeIfAbsent(asset.narrationId(), k -> new java.util.ArrayList<>()).add(asset);
                }, (Object) narrationIds.toArray(String[]::new));
        return byNarration;
    }

    /** Inserts an asset; for a draft, nothing when the same draft exists (another instance made it). Empty then. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Long> insert(String narrationId, InspectedAudio audio, long bytes, String sha256, boolean synthesized, String voice,
                          String scriptSha256, String transcript, String createdBy) {
        String conflict = synthesized ? " ON CONFLICT (narration_id, script_sha256, voice) WHERE synthesized DO NOTHING" : "";
        List<Long> ids = jdbc.queryForList("""
                INSERT INTO audio_asset (narration_id, media_type, storage_key, bytes, duration_s, sha256, synthesized, voice,
                                         script_sha256, transcript, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""" + conflict + " RETURNING id", Long.class,
                narrationId, audio.format().mediaType(), sha256, bytes, audio.durationS(), sha256, synthesized, voice,
                scriptSha256, transcript, createdBy);
        return ids.stream().findFirst();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void replaceTranscript(long id, String transcript) {
        jdbc.update("UPDATE audio_asset SET transcript = ? WHERE id = ?", transcript, id);
    }

    /** Deletes one asset; returns its row as it was. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<AudioAsset> delete(long id) {
        return jdbc.query("DELETE FROM audio_asset WHERE id = ? RETURNING " + COLUMNS, ROW, id).stream().findFirst();
    }

    /** Deletes the drafts of a narration made from another script or voice than these; returns them. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<AudioAsset> deleteDraftsOtherThan(String narrationId, String scriptSha256, String voice) {
        return jdbc.query("DELETE FROM audio_asset WHERE narration_id = ? AND synthesized AND (script_sha256 <> ? OR voice <> ?) RETURNING " + COLUMNS,
                ROW, narrationId, scriptSha256, voice);
    }

    private static AudioAsset row(ResultSet rs, int i) throws SQLException {
        Timestamp created = rs.getTimestamp("created_at");
        return new AudioAsset(rs.getLong("id"), rs.getString("narration_id"), AudioFormat.ofMediaType(rs.getString("media_type")),
                rs.getLong("bytes"), rs.getDouble("duration_s"), rs.getString("sha256"), rs.getBoolean("synthesized"),
                rs.getString("voice"), rs.getString("script_sha256"), rs.getString("transcript"), created.toInstant());
    }
}
