package org.geoparks.catalogue.sign;

import org.geoparks.catalogue.editing.UnacceptableUploadException;

/**
 * A photo taken at an inspection, checked by its first bytes rather than by what the phone called
 * it: JPEG, PNG or WebP, within the size the catalogue takes.
 */
record InspectionPhoto(byte[] bytes, String mediaType) {

    static InspectionPhoto of(byte[] bytes, long maxBytes) {
        if (bytes.length > maxBytes) {
            throw tooLarge(bytes.length, maxBytes);
        }
        if (bytes.length == 0) {
            throw UnacceptableUploadException.unsupported("The photo is empty.");
        }
        return new InspectionPhoto(bytes, mediaType(bytes));
    }

    static UnacceptableUploadException tooLarge(long bytes, long maxBytes) {
        return UnacceptableUploadException.tooLarge("The photo has " + (bytes / 1024) + " KB; inspection photos may have at most "
                + (maxBytes / 1024) + " KB. Send a smaller one (most phones can share a reduced copy).");
    }

    private static String mediaType(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0d && b[5] == 0x0a) {
            return "image/png";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        throw UnacceptableUploadException.unsupported("The photo is not a JPEG, PNG or WebP image.");
    }
}
