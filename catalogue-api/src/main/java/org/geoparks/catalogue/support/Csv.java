package org.geoparks.catalogue.support;

import java.util.List;

/** CSV for spreadsheets (RFC 4180), safe to open: a cell never runs as a formula. */
public final class Csv {

    private Csv() {
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is defused so that a spreadsheet never runs a cell as a formula. */
    public static String cell(String value) {
        String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** One line of cells (null as empty), ended by CRLF. */
    public static String row(List<?> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : ",").append(cell(cells.get(i) == null ? "" : String.valueOf(cells.get(i))));
        }
        return out.append("\r\n").toString();
    }
}
