package org.placewise.diagram.render.svg;

import java.util.List;

import org.placewise.diagram.layout.Bounds;
import org.placewise.diagram.layout.Point;
import org.placewise.diagram.layout.TextLine;
import org.placewise.diagram.layout.TextMetrics;
import org.placewise.diagram.render.Canvas;
import org.placewise.diagram.scene.Colour;

/**
 * Writes SVG 1.1 text. Numbers are written with at most two decimals independent of the
 * default locale, and nothing varies between runs, so the same drawing gives the same bytes.
 */
final class SvgCanvas implements Canvas {

    private final StringBuilder out = new StringBuilder(64 * 1024);
    private int indent;

    String result() {
        return out.toString();
    }

    @Override
    public void begin(double width, double height, String cssClass, String title, String description) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
                .append(num(height)).append("\" class=\"").append(escape(cssClass))
                .append("\" role=\"img\" font-family=\"").append(TextMetrics.FONT_FAMILY)
                .append(", Verdana, sans-serif\">\n");
        indent = 1;
        line().append("<title>").append(escape(title)).append("</title>\n");
        line().append("<desc>").append(escape(description)).append("</desc>\n");
    }

    @Override
    public void beginGroup(String id, String objectId, String cssClass, String title, String description) {
        line().append("<g id=\"").append(escape(id)).append('"');
        if (objectId != null) {
            out.append(" data-object-id=\"").append(escape(objectId)).append('"');
        }
        out.append(" class=\"").append(escape(cssClass)).append("\">\n");
        indent++;
        line().append("<title>").append(escape(title)).append("</title>\n");
        line().append("<desc>").append(escape(description)).append("</desc>\n");
    }

    @Override
    public void endGroup() {
        indent--;
        line().append("</g>\n");
    }

    @Override
    public void rect(Bounds b, double radius, Colour fill, Colour stroke, double strokeWidth, boolean dashed) {
        line().append("<rect x=\"").append(num(b.x())).append("\" y=\"").append(num(b.y())).append("\" width=\"")
                .append(num(b.width())).append("\" height=\"").append(num(b.height())).append('"');
        if (radius > 0) {
            out.append(" rx=\"").append(num(radius)).append('"');
        }
        out.append(" fill=\"").append(fill == null ? "none" : fill.toHex()).append('"');
        stroke(stroke, strokeWidth, dashed);
        out.append("/>\n");
    }

    @Override
    public void polyline(List<Point> points, Colour stroke, double strokeWidth, boolean dashed) {
        line().append("<polyline points=\"").append(points(points)).append("\" fill=\"none\"");
        stroke(stroke, strokeWidth, dashed);
        out.append(" stroke-linejoin=\"round\"/>\n");
    }

    @Override
    public void polygon(List<Point> points, Colour fill) {
        line().append("<polygon points=\"").append(points(points)).append("\" fill=\"").append(fill.toHex())
                .append("\"/>\n");
    }

    @Override
    public void text(TextLine t, Colour colour) {
        line().append("<text x=\"").append(num(t.x())).append("\" y=\"").append(num(t.baseline()))
                .append("\" font-size=\"").append(num(t.size())).append('"');
        if (t.bold()) {
            out.append(" font-weight=\"bold\"");
        }
        if (t.centred()) {
            out.append(" text-anchor=\"middle\"");
        }
        out.append(" fill=\"").append(colour.toHex()).append("\">").append(escape(t.text())).append("</text>\n");
    }

    @Override
    public void end() {
        indent = 0;
        out.append("</svg>\n");
    }

    private void stroke(Colour stroke, double width, boolean dashed) {
        if (stroke == null) {
            return;
        }
        out.append(" stroke=\"").append(stroke.toHex()).append("\" stroke-width=\"").append(num(width)).append('"');
        if (dashed) {
            out.append(" stroke-dasharray=\"6 4\"");
        }
    }

    private StringBuilder line() {
        out.append("  ".repeat(Math.max(0, indent)));
        return out;
    }

    private static String points(List<Point> points) {
        var sb = new StringBuilder();
        for (Point p : points) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(num(p.x())).append(',').append(num(p.y()));
        }
        return sb.toString();
    }

    /** Two decimals at most, no exponent, no locale, no negative zero. */
    static String num(double v) {
        long hundredths = Math.round(v * 100);
        if (hundredths == 0) {
            return "0";
        }
        String sign = hundredths < 0 ? "-" : "";
        long a = Math.abs(hundredths);
        long whole = a / 100;
        long frac = a % 100;
        if (frac == 0) {
            return sign + whole;
        }
        return frac % 10 == 0 ? sign + whole + "." + frac / 10 : sign + whole + "." + (frac < 10 ? "0" : "") + frac;
    }

    /** Escapes text and attribute values; drops characters XML 1.0 cannot carry. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        var sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xfffe && c != 0xffff) {
                            sb.append(c);
                        }
                    }
                }
            }
        }
        return sb.toString();
    }
}
