package org.geoparks.catalogue.sign;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.geoparks.catalogue.support.CodedEnum;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The inspections of signs and their photos (tables sign_inspection and sign_photo). */
@Component
class SignInspections {

    private final JdbcTemplate jdbc;

    SignInspections(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static final RowMapper<Inspection> ROW = (rs, i) -> new Inspection(rs.getLong("id"), rs.getString("sign_id"),
            rs.getDate("inspected_on").toLocalDate(), rs.getString("inspector"),
            CodedEnum.parse(SignCondition.class, "condition", rs.getString("condition")), rs.getString("note"),
            rs.getString("photo_url"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());

    long storePhoto(String signId, InspectionPhoto photo, String actor) {
        return jdbc.queryForObject("""
                INSERT INTO sign_photo (sign_id, media_type, bytes, sha256, content, uploaded_by)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""", Long.class,
                signId, photo.mediaType(), photo.bytes().length, sha256(photo.bytes()), photo.bytes(), actor);
    }

    Inspection insert(String signId, java.time.LocalDate on, String inspector, SignCondition condition, String note,
                      String photoUrl, Long photoId, String actor) {
        long id = jdbc.queryForObject("""
                INSERT INTO sign_inspection (sign_id, inspected_on, inspector, condition, note, photo_url, photo_id, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", Long.class,
                signId, Date.valueOf(on), inspector, condition.code(), note, photoUrl, photoId, actor);
        if (photoId != null) {
            jdbc.update("UPDATE sign_inspection SET photo_url = ? WHERE id = ?", "/api/v1/signs/" + signId + "/inspections/" + id + "/photo", id);
        }
        return get(signId, id).orElseThrow();
    }

    List<Inspection> ofSign(String signId) {
        return jdbc.query("SELECT * FROM sign_inspection WHERE sign_id = ? ORDER BY inspected_on DESC, id DESC", ROW, signId);
    }

    Optional<Inspection> get(String signId, long id) {
        return jdbc.query("SELECT * FROM sign_inspection WHERE sign_id = ? AND id = ?", ROW, signId, id).stream().findFirst();
    }

    /** The uploaded photo of an inspection: its media type and bytes. */
    Optional<InspectionPhoto> photo(String signId, long inspectionId) {
        return jdbc.query("""
                SELECT p.media_type, p.content FROM sign_inspection i JOIN sign_photo p ON p.id = i.photo_id
                 WHERE i.sign_id = ? AND i.id = ?""", (rs, i) -> new InspectionPhoto(rs.getBytes("content"), rs.getString("media_type")),
                signId, inspectionId).stream().findFirst();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
