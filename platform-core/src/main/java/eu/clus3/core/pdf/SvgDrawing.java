package eu.clus3.core.pdf;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.RenderingContext;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Draws inline SVG as PDF vector graphics with the document's own fonts — without Batik, which would need
 * the machine's fonts through AWT ("Fontconfig head is null" on a server without fonts) and would add 4.5 MB.
 *
 * <p>What it draws: {@code svg} (viewBox, width, height), {@code g}, {@code rect}, {@code line},
 * {@code polyline}, {@code polygon}, {@code circle}, {@code ellipse}, {@code path} (M L H V C Q Z, absolute and
 * relative) and {@code text}; presentation attributes (also in {@code style="..."}) {@code fill}, {@code stroke},
 * {@code stroke-width}, {@code stroke-dasharray}, {@code opacity}, {@code fill-opacity}, {@code stroke-opacity}
 * (blended towards white: the pictures stand on white paper), {@code font-family}, {@code font-size},
 * {@code font-weight}, {@code text-anchor}, and {@code transform} (translate, scale, rotate, matrix; text is
 * placed by it but not rotated). Anything else (images, gradients, CSS classes, scripts) is left out.
 */
final class SvgDrawing implements SVGDrawer {

    @Override
    public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
        // text is drawn with the document's fonts: nothing to import
    }

    @Override
    public void addFontFile(File fontFile, String family, Integer weight, BaseRendererBuilder.FontStyle style) {
        // same
    }

    @Override
    public SVGImage buildSVGImage(Element svg, Box box, CssContext css, double cssWidth, double cssHeight,
                                  double dotsPerPixel) {
        return new Picture(svg, cssWidth, cssHeight, dotsPerPixel);
    }

    @Override
    public void close() {
    }

    /** One inline {@code <svg>}: its size on the page and how to draw it. */
    static final class Picture implements SVGImage {

        private static final double DEFAULT_WIDTH = 400;
        private static final double DEFAULT_HEIGHT = 400;

        private final Element svg;
        private final double dotsPerPixel;
        private final double[] viewBox;
        private final double width;
        private final double height;

        Picture(Element svg, double cssWidth, double cssHeight, double dotsPerPixel) {
            this.svg = svg;
            this.dotsPerPixel = dotsPerPixel;
            double attrWidth = length(svg.getAttribute("width"), -1);
            double attrHeight = length(svg.getAttribute("height"), -1);
            double[] vb = numbers(svg.getAttribute("viewBox"));
            double[] natural = vb.length == 4 && vb[2] > 0 && vb[3] > 0 ? vb : null;
            double naturalWidth = attrWidth > 0 ? attrWidth : natural != null ? natural[2] : DEFAULT_WIDTH;
            double naturalHeight = attrHeight > 0 ? attrHeight : natural != null ? natural[3] : DEFAULT_HEIGHT;
            this.viewBox = natural != null ? natural : new double[]{0, 0, naturalWidth, naturalHeight};
            double ratio = viewBox[3] / viewBox[2];
            if (cssWidth >= 0) {
                width = cssWidth / dotsPerPixel;
                height = cssHeight >= 0 ? cssHeight / dotsPerPixel : width * ratio;
            } else if (cssHeight >= 0) {
                height = cssHeight / dotsPerPixel;
                width = height / ratio;
            } else {
                width = naturalWidth;
                height = naturalHeight;
            }
        }

        @Override
        public int getIntrinsicWidth() {
            return (int) Math.round(width * dotsPerPixel);
        }

        @Override
        public int getIntrinsicHeight() {
            return (int) Math.round(height * dotsPerPixel);
        }

        @Override
        public void drawSVG(OutputDevice device, RenderingContext ctx, double x, double y) {
            // viewBox into the box, keeping the aspect ratio (xMidYMid meet)
            double scale = Math.min(width / viewBox[2], height / viewBox[3]) * dotsPerPixel;
            double dx = (width * dotsPerPixel - viewBox[2] * scale) / 2;
            double dy = (height * dotsPerPixel - viewBox[3] * scale) / 2;
            AffineTransform base = new AffineTransform();
            base.translate(x + dx, y + dy);
            base.scale(scale, scale);
            base.translate(-viewBox[0], -viewBox[1]);
            var savedStroke = device.getStroke();
            try {
                new Painter(device, ctx).children(svg, base, Style.initial().with(svg));
            } finally {
                device.setStroke(savedStroke);
            }
        }
    }

    /** The inherited presentation attributes at an element. */
    record Style(Map<String, String> values) {

        static final List<String> NAMES = List.of("fill", "stroke", "stroke-width", "stroke-dasharray",
                "fill-opacity", "stroke-opacity", "font-family", "font-size", "font-weight", "text-anchor");

        static Style initial() {
            Map<String, String> v = new HashMap<>();
            v.put("fill", "#000000");
            v.put("stroke", "none");
            v.put("stroke-width", "1");
            v.put("font-family", "sans-serif");
            v.put("font-size", "16");
            v.put("font-weight", "normal");
            v.put("text-anchor", "start");
            return new Style(v);
        }

        Style with(Element e) {
            Map<String, String> v = new HashMap<>(values);
            String opacity = e.getAttribute("opacity");
            for (String name : NAMES) {
                if (e.hasAttribute(name)) {
                    v.put(name, e.getAttribute(name).trim());
                }
            }
            for (String declaration : e.getAttribute("style").split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0) {
                    String name = declaration.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                    String value = declaration.substring(colon + 1).trim();
                    if (NAMES.contains(name)) {
                        v.put(name, value);
                    } else if ("opacity".equals(name)) {
                        opacity = value;
                    }
                }
            }
            // opacity is not inherited, but a group's opacity applies to everything in it
            v.put("group-opacity", String.valueOf(clamp(number(opacity, 1)) * number(values.get("group-opacity"), 1)));
            return new Style(v);
        }

        String get(String name) {
            return values.get(name);
        }

        double opacity(String which) {
            return clamp(number(values.get(which), 1)) * clamp(number(values.get("group-opacity"), 1));
        }
    }

    /** Walks the elements and draws them on the output device. */
    private static final class Painter {

        private final OutputDevice device;
        private final RenderingContext ctx;

        Painter(OutputDevice device, RenderingContext ctx) {
            this.device = device;
            this.ctx = ctx;
        }

        void children(Element parent, AffineTransform at, Style style) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    element(e, at, style);
                }
            }
        }

        void element(Element e, AffineTransform parent, Style parentStyle) {
            AffineTransform at = new AffineTransform(parent);
            at.concatenate(transform(e.getAttribute("transform")));
            Style style = parentStyle.with(e);
            String name = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
            switch (name) {
                case "g", "a" -> children(e, at, style);
                case "rect" -> paint(new Rectangle2D.Double(num(e, "x"), num(e, "y"), num(e, "width"), num(e, "height")), at, style);
                case "line" -> paint(new Line2D.Double(num(e, "x1"), num(e, "y1"), num(e, "x2"), num(e, "y2")), at, style);
                case "circle" -> {
                    double r = num(e, "r");
                    paint(new Ellipse2D.Double(num(e, "cx") - r, num(e, "cy") - r, 2 * r, 2 * r), at, style);
                }
                case "ellipse" -> {
                    double rx = num(e, "rx");
                    double ry = num(e, "ry");
                    paint(new Ellipse2D.Double(num(e, "cx") - rx, num(e, "cy") - ry, 2 * rx, 2 * ry), at, style);
                }
                case "polyline", "polygon" -> {
                    double[] p = numbers(e.getAttribute("points"));
                    if (p.length >= 4) {
                        Path2D.Double path = new Path2D.Double();
                        path.moveTo(p[0], p[1]);
                        for (int i = 2; i + 1 < p.length; i += 2) {
                            path.lineTo(p[i], p[i + 1]);
                        }
                        if ("polygon".equals(name)) {
                            path.closePath();
                        }
                        paint(path, at, style);
                    }
                }
                case "path" -> paint(PathData.parse(e.getAttribute("d")), at, style);
                case "text" -> text(e, at, style);
                default -> {
                    // title, desc, defs, style, image, script, ...: not drawn
                }
            }
        }

        private void paint(Shape shape, AffineTransform at, Style style) {
            Shape onPage = at.createTransformedShape(shape);
            FSRGBColor fill = colour(style.get("fill"), style.opacity("fill-opacity"));
            if (fill != null && !(shape instanceof Line2D)) {
                device.setColor(fill);
                device.fill(onPage);
            }
            FSRGBColor stroke = colour(style.get("stroke"), style.opacity("stroke-opacity"));
            double scale = Math.sqrt(Math.abs(at.getDeterminant()));
            double strokeWidth = number(style.get("stroke-width"), 1) * scale;
            if (stroke != null && strokeWidth > 0) {
                double[] dashes = numbers(style.get("stroke-dasharray") == null ? "" : style.get("stroke-dasharray"));
                float[] dash = null;
                if (dashes.length > 0 && java.util.Arrays.stream(dashes).anyMatch(d -> d > 0)) {
                    dash = new float[dashes.length % 2 == 0 ? dashes.length : dashes.length * 2];
                    for (int i = 0; i < dash.length; i++) {
                        dash[i] = (float) (Math.max(0, dashes[i % dashes.length]) * scale);
                    }
                }
                device.setStroke(new BasicStroke((float) strokeWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
                device.setColor(stroke);
                device.draw(onPage);
            }
        }

        private void text(Element e, AffineTransform at, Style style) {
            String content = e.getTextContent() == null ? "" : e.getTextContent().replaceAll("\\s+", " ").strip();
            FSRGBColor fill = colour(style.get("fill"), style.opacity("fill-opacity"));
            if (content.isEmpty() || fill == null) {
                return;
            }
            double scale = Math.sqrt(Math.abs(at.getDeterminant()));
            FontSpecification spec = new FontSpecification();
            spec.size = (float) (number(style.get("font-size"), 16) * scale);
            spec.families = java.util.Arrays.stream(style.get("font-family").split(","))
                    .map(f -> f.trim().replace("\"", "").replace("'", "")).filter(f -> !f.isEmpty()).toArray(String[]::new);
            String weight = style.get("font-weight");
            spec.fontWeight = "bold".equals(weight) || "bolder".equals(weight) || number(weight, 400) >= 600
                    ? IdentValue.FONT_WEIGHT_700 : IdentValue.FONT_WEIGHT_400;
            spec.fontStyle = IdentValue.NORMAL;
            spec.variant = IdentValue.NORMAL;
            FSFont font = ctx.getFont(spec);
            Point2D p = at.transform(new Point2D.Double(num(e, "x") + num(e, "dx"), num(e, "y") + num(e, "dy")), null);
            double x = p.getX();
            String anchor = style.get("text-anchor");
            if ("middle".equals(anchor) || "end".equals(anchor)) {
                double w = ctx.getTextRenderer().getWidth(ctx.getFontContext(), font, content);
                x -= "middle".equals(anchor) ? w / 2 : w;
            }
            // The device fakes bold when the font specification it holds (the surrounding box's) asks for more
            // weight than the font has: it must hold this text's specification while drawing it.
            var abstractDevice = device instanceof com.openhtmltopdf.render.AbstractOutputDevice a ? a : null;
            FontSpecification before = abstractDevice == null ? null : abstractDevice.getFontSpecification();
            if (abstractDevice != null) {
                abstractDevice.setFontSpecification(spec);
            }
            try {
                device.setFont(font);
                device.setColor(fill);
                ctx.getTextRenderer().drawString(device, content, (float) x, (float) p.getY());
            } finally {
                if (abstractDevice != null) {
                    abstractDevice.setFontSpecification(before);
                }
            }
        }

        private static double num(Element e, String attribute) {
            return length(e.getAttribute(attribute), 0);
        }
    }

    // --- values -------------------------------------------------------------------------------------

    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");
    private static final Pattern TRANSFORM = Pattern.compile("(matrix|translate|scale|rotate)\\s*\\(([^)]*)\\)");
    private static final Map<String, Integer> NAMED = Map.ofEntries(Map.entry("black", 0x000000),
            Map.entry("white", 0xffffff), Map.entry("red", 0xff0000), Map.entry("green", 0x008000),
            Map.entry("blue", 0x0000ff), Map.entry("gray", 0x808080), Map.entry("grey", 0x808080),
            Map.entry("orange", 0xffa500), Map.entry("purple", 0x800080), Map.entry("yellow", 0xffff00),
            Map.entry("currentcolor", 0x000000));

    static double[] numbers(String text) {
        if (text == null) {
            return new double[0];
        }
        Matcher m = NUMBER.matcher(text);
        double[] out = new double[16];
        int n = 0;
        while (m.find()) {
            if (n == out.length) {
                out = java.util.Arrays.copyOf(out, n * 2);
            }
            out[n++] = Double.parseDouble(m.group());
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** A length in user units (px); pt, mm, cm and in are converted, % and em are not supported (fallback). */
    static double length(String text, double fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        Matcher m = NUMBER.matcher(t);
        if (!m.lookingAt()) {
            return fallback;
        }
        double v = Double.parseDouble(m.group());
        String unit = t.substring(m.end()).trim();
        return switch (unit) {
            case "", "px" -> v;
            case "pt" -> v * 96 / 72;
            case "mm" -> v * 96 / 25.4;
            case "cm" -> v * 96 / 2.54;
            case "in" -> v * 96;
            default -> fallback;
        };
    }

    static double number(String text, double fallback) {
        if (text == null) {
            return fallback;
        }
        Matcher m = NUMBER.matcher(text.trim());
        return m.lookingAt() ? Double.parseDouble(m.group()) : fallback;
    }

    private static double clamp(double d) {
        return Math.max(0, Math.min(1, d));
    }

    /** A colour, blended towards white by its opacity; null for none (or anything not understood). */
    static FSRGBColor colour(String value, double opacity) {
        if (value == null) {
            return null;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        Integer rgb = null;
        if (v.matches("#[0-9a-f]{6}")) {
            rgb = Integer.parseInt(v.substring(1), 16);
        } else if (v.matches("#[0-9a-f]{3}")) {
            int r = Character.digit(v.charAt(1), 16), g = Character.digit(v.charAt(2), 16), b = Character.digit(v.charAt(3), 16);
            rgb = (r * 17 << 16) | (g * 17 << 8) | b * 17;
        } else if (v.startsWith("rgb(")) {
            double[] c = numbers(v);
            if (c.length >= 3) {
                rgb = ((int) clampByte(c[0]) << 16) | ((int) clampByte(c[1]) << 8) | (int) clampByte(c[2]);
            }
        } else {
            rgb = NAMED.get(v);
        }
        if (rgb == null || opacity <= 0) {
            return null;
        }
        double a = clamp(opacity);
        int r = (int) Math.round(((rgb >> 16) & 0xff) * a + 255 * (1 - a));
        int g = (int) Math.round(((rgb >> 8) & 0xff) * a + 255 * (1 - a));
        int b = (int) Math.round((rgb & 0xff) * a + 255 * (1 - a));
        return new FSRGBColor(r, g, b);
    }

    private static double clampByte(double d) {
        return Math.max(0, Math.min(255, d));
    }

    static AffineTransform transform(String text) {
        AffineTransform at = new AffineTransform();
        if (text == null || text.isBlank()) {
            return at;
        }
        Matcher m = TRANSFORM.matcher(text);
        while (m.find()) {
            double[] a = numbers(m.group(2));
            switch (m.group(1)) {
                case "translate" -> at.translate(a.length > 0 ? a[0] : 0, a.length > 1 ? a[1] : 0);
                case "scale" -> at.scale(a.length > 0 ? a[0] : 1, a.length > 1 ? a[1] : a.length > 0 ? a[0] : 1);
                case "rotate" -> {
                    if (a.length >= 3) {
                        at.rotate(Math.toRadians(a[0]), a[1], a[2]);
                    } else if (a.length == 1) {
                        at.rotate(Math.toRadians(a[0]));
                    }
                }
                case "matrix" -> {
                    if (a.length == 6) {
                        at.concatenate(new AffineTransform(a));
                    }
                }
                default -> {
                }
            }
        }
        return at;
    }

    /** SVG path data: M L H V C Q Z (and their relative forms); arcs and smooth curves end the path. */
    static final class PathData {

        private PathData() {
        }

        static Path2D parse(String d) {
            Path2D.Double path = new Path2D.Double();
            if (d == null) {
                return path;
            }
            Matcher m = Pattern.compile("([MmLlHhVvCcQqZz])([^MmLlHhVvCcQqZzAaSsTt]*)").matcher(d);
            double x = 0, y = 0, startX = 0, startY = 0;
            boolean started = false;
            while (m.find()) {
                char c = m.group(1).charAt(0);
                boolean rel = Character.isLowerCase(c);
                double[] a = numbers(m.group(2));
                switch (Character.toUpperCase(c)) {
                    case 'M' -> {
                        for (int i = 0; i + 1 < a.length; i += 2) {
                            x = (rel ? x : 0) + a[i];
                            y = (rel ? y : 0) + a[i + 1];
                            if (i == 0) {
                                path.moveTo(x, y);
                                startX = x;
                                startY = y;
                                started = true;
                            } else {
                                path.lineTo(x, y);
                            }
                        }
                    }
                    case 'L' -> {
                        for (int i = 0; started && i + 1 < a.length; i += 2) {
                            x = (rel ? x : 0) + a[i];
                            y = (rel ? y : 0) + a[i + 1];
                            path.lineTo(x, y);
                        }
                    }
                    case 'H' -> {
                        for (int i = 0; started && i < a.length; i++) {
                            x = (rel ? x : 0) + a[i];
                            path.lineTo(x, y);
                        }
                    }
                    case 'V' -> {
                        for (int i = 0; started && i < a.length; i++) {
                            y = (rel ? y : 0) + a[i];
                            path.lineTo(x, y);
                        }
                    }
                    case 'C' -> {
                        for (int i = 0; started && i + 5 < a.length; i += 6) {
                            double ox = rel ? x : 0, oy = rel ? y : 0;
                            path.curveTo(ox + a[i], oy + a[i + 1], ox + a[i + 2], oy + a[i + 3], ox + a[i + 4], oy + a[i + 5]);
                            x = ox + a[i + 4];
                            y = oy + a[i + 5];
                        }
                    }
                    case 'Q' -> {
                        for (int i = 0; started && i + 3 < a.length; i += 4) {
                            double ox = rel ? x : 0, oy = rel ? y : 0;
                            path.quadTo(ox + a[i], oy + a[i + 1], ox + a[i + 2], oy + a[i + 3]);
                            x = ox + a[i + 2];
                            y = oy + a[i + 3];
                        }
                    }
                    case 'Z' -> {
                        if (started) {
                            path.closePath();
                            x = startX;
                            y = startY;
                        }
                    }
                    default -> {
                    }
                }
            }
            return path;
        }
    }
}
