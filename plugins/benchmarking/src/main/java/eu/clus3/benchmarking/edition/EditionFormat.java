package eu.clus3.benchmarking.edition;

import eu.clus3.plugin.api.InvalidDocumentException;
import eu.clus3.plugin.api.JsonMapping;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The edition file, JSON or YAML (the same tree either way): read with every structural fault collected and
 * reported at once (so an admin fixes a file in one go; in YAML with the line of each), and written back in the
 * same form, so an export imports unchanged. JSON is read and written with the platform's JSON mapping, YAML with
 * SnakeYAML ({@link EditionYaml}); both give the same plain tree (maps, lists, text, numbers, true/false), which one
 * reader checks.
 */
public final class EditionFormat {

    /** How an edition file is written. */
    public enum Syntax {
        JSON, YAML;

        /**
         * The syntax a request's content type names: YAML for {@code application/yaml}, {@code text/yaml} (and
         * their {@code x-} forms); JSON for JSON; for anything else (plain text), JSON when it opens with a brace.
         */
        public static Syntax of(String contentType, String body) {
            String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
            if (type.contains("yaml")) {
                return YAML;
            }
            if (type.contains("json")) {
                return JSON;
            }
            return body != null && body.stripLeading().startsWith("{") ? JSON : YAML;
        }

        /** The syntax of an uploaded file by its name: {@code .yaml} and {@code .yml} are YAML, the rest JSON. */
        public static Syntax ofFileName(String name) {
            String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
            return n.endsWith(".yaml") || n.endsWith(".yml") ? YAML : JSON;
        }
    }

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final int MAX_TEXT = 4000;

    private final JsonMapping json;

    public EditionFormat(JsonMapping json) {
        this.json = json;
    }

    /** Reads and checks an edition written in {@code syntax}; throws {@link InvalidEditionException} listing every fault. */
    public Edition read(String text, Syntax syntax) {
        return syntax == Syntax.YAML ? readYaml(text) : readJson(text);
    }

    /** The faults of an edition file, none when it reads: for a page that lists them before importing. */
    public List<String> faults(String text, Syntax syntax) {
        try {
            read(text, syntax);
            return List.of();
        } catch (InvalidEditionException e) {
            return e.problems();
        }
    }

    /**
     * Reads and checks an edition written in JSON, within the limits YAML files have: the mapping reads a tree of any
     * depth recursively, so a file nested thousands of levels deep would exhaust the stack rather than be refused.
     */
    public Edition readJson(String text) {
        if (text != null && text.length() > EditionYaml.MAX_CHARS) {
            throw new InvalidEditionException(List.of("the file has " + text.length() + " characters; at most "
                    + EditionYaml.MAX_CHARS));
        }
        if (text != null && nesting(text) > EditionYaml.MAX_DEPTH) {
            throw new InvalidEditionException(List.of("refused: nested deeper than " + EditionYaml.MAX_DEPTH + " levels"));
        }
        Object root;
        try {
            root = text == null || text.isBlank() ? null : json.read(text, Object.class);
        } catch (InvalidDocumentException e) {
            throw new InvalidEditionException(List.of(notJson(e)));
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new InvalidEditionException(List.of("the file must hold one JSON object (an edition)"));
        }
        return new Reader().edition(map);
    }

    /** How deep objects and arrays nest in JSON text (brackets inside strings aside), counted up to one past the limit. */
    static int nesting(String json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < json.length() && deepest <= EditionYaml.MAX_DEPTH; i++) {
            char c = json.charAt(i);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return deepest;
    }

    /** What the JSON parser found wrong, and where. */
    private static String notJson(InvalidDocumentException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonParsingException parsing) {
                JsonLocation at = parsing.getLocation();
                String what = parsing.getMessage().replaceAll(" at \\(line no=.*?\\)", "");
                return "not JSON: " + what + (at == null ? "" : " (line " + at.getLineNumber() + ", column "
                        + at.getColumnNumber() + ")");
            }
        }
        return "not JSON: " + e.getMessage();
    }

    /**
     * Reads and checks an edition written in YAML; throws {@link InvalidEditionException} listing every fault
     * with its line, e.g. {@code areas[1].id: duplicate area id '1' (already used at areas[0].id) (line 40)}.
     */
    public Edition readYaml(String yaml) {
        EditionYaml.Parsed parsed = EditionYaml.read(yaml);
        if (!(parsed.tree() instanceof Map<?, ?> map)) {
            throw new InvalidEditionException(List.of("the file must hold one YAML mapping (an edition)"));
        }
        try {
            return new Reader().edition(map);
        } catch (InvalidEditionException e) {
            throw new InvalidEditionException(e.problems().stream().map(p -> withLine(p, parsed)).toList());
        }
    }

    private static String withLine(String problem, EditionYaml.Parsed parsed) {
        int colon = problem.indexOf(": ");
        Integer line = colon <= 0 ? null : parsed.line(problem.substring(0, colon));
        return line == null ? problem : problem + " (line " + line + ")";
    }

    /** The edition in {@code syntax}. */
    public String write(Edition edition, Syntax syntax) {
        return syntax == Syntax.YAML ? writeYaml(edition) : writeJson(edition);
    }

    /** The edition as JSON, its fields in the file's order. */
    public String writeJson(Edition edition) {
        return json.write(tree(edition));
    }

    /** The edition as YAML: the same fields as the JSON file; it imports unchanged. */
    public String writeYaml(Edition edition) {
        return EditionYaml.write(tree(edition));
    }

    /** The file's tree: ordered maps, so that both syntaxes list id, title, areas, ... in the same order. */
    private static Map<String, Object> tree(Edition edition) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", edition.id());
        root.put("title", text(edition.title()));
        if (edition.published() != null) {
            root.put("published", edition.published());
        }
        List<Object> areas = new ArrayList<>();
        for (Area area : edition.areas()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("id", area.id());
            a.put("name", text(area.name()));
            List<Object> indicators = new ArrayList<>();
            for (Indicator i : area.indicators()) {
                Map<String, Object> n = new LinkedHashMap<>();
                n.put("id", i.id());
                n.put("name", text(i.name()));
                n.put("measures", text(i.measures()));
                Map<String, Object> scale = new LinkedHashMap<>();
                scale.put("kind", i.scale().kind().name().toLowerCase(Locale.ROOT));
                if (i.scale().unit() != null) {
                    scale.put("unit", text(i.scale().unit()));
                }
                if (i.scale().min() != null) {
                    scale.put("min", i.scale().min());
                }
                if (i.scale().max() != null) {
                    scale.put("max", i.scale().max());
                }
                if (!i.scale().levels().isEmpty()) {
                    scale.put("levels", i.scale().levels().stream().map(EditionFormat::text).toList());
                }
                n.put("scale", scale);
                Map<String, Object> scoring = new LinkedHashMap<>();
                scoring.put("rule", i.scoring().rule().name().toLowerCase(Locale.ROOT));
                if (!i.scoring().thresholds().isEmpty()) {
                    scoring.put("thresholds", i.scoring().thresholds());
                }
                n.put("scoring", scoring);
                n.put("mandatory", i.mandatory());
                n.put("guidance", text(i.guidance()));
                n.put("evidence", text(i.evidence()));
                indicators.add(n);
            }
            a.put("indicators", indicators);
            areas.add(a);
        }
        root.put("areas", areas);
        return root;
    }

    private static Map<String, Object> text(Text t) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("en", t.en());
        if (t.it() != null) {
            node.put("it", t.it());
        }
        return node;
    }

    /** Walks the tree once, noting each fault with its path and carrying on. */
    private static final class Reader {

        private final List<String> problems = new ArrayList<>();

        Edition edition(Map<?, ?> root) {
            String id = id(root, "id", "id");
            Text title = text(root, "title", "title", true);
            Object publishedValue = root.get("published");
            String published = publishedValue == null ? null : scalar(publishedValue);
            List<Area> areas = new ArrayList<>();
            Map<String, String> areaIds = new HashMap<>();
            Map<String, String> indicatorIds = new HashMap<>();
            if (!(root.get("areas") instanceof List<?> list) || list.isEmpty()) {
                problems.add("areas: missing or empty (an edition needs at least one area)");
            } else {
                for (int a = 0; a < list.size(); a++) {
                    String path = "areas[" + a + "]";
                    if (!(list.get(a) instanceof Map<?, ?> node)) {
                        problems.add(path + ": must be an object");
                        continue;
                    }
                    String areaId = id(node, "id", path + ".id");
                    unique(areaIds, areaId, path + ".id", "area");
                    Text name = text(node, "name", path + ".name", true);
                    List<Indicator> indicators = new ArrayList<>();
                    if (!(node.get("indicators") instanceof List<?> items) || items.isEmpty()) {
                        problems.add(path + ".indicators: missing or empty (an area needs at least one indicator)");
                    } else {
                        for (int i = 0; i < items.size(); i++) {
                            Indicator indicator = indicator(items.get(i), path + ".indicators[" + i + "]", indicatorIds);
                            if (indicator != null) {
                                indicators.add(indicator);
                            }
                        }
                    }
                    areas.add(new Area(areaId, name, indicators));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidEditionException(problems);
            }
            return new Edition(id, title, published, areas);
        }

        private Indicator indicator(Object value, String path, Map<String, String> seen) {
            if (!(value instanceof Map<?, ?> node)) {
                problems.add(path + ": must be an object");
                return null;
            }
            String id = id(node, "id", path + ".id");
            unique(seen, id, path + ".id", "indicator");
            Text name = text(node, "name", path + ".name", true);
            Text measures = text(node, "measures", path + ".measures", true);
            Text guidance = text(node, "guidance", path + ".guidance", false);
            Text evidence = text(node, "evidence", path + ".evidence", false);
            boolean mandatory = true;
            if (node.containsKey("mandatory")) {
                if (node.get("mandatory") instanceof Boolean b) {
                    mandatory = b;
                } else {
                    problems.add(path + ".mandatory: must be true or false");
                }
            }
            Scale scale = scale(node.get("scale"), path + ".scale");
            Scoring scoring = scoring(node.get("scoring"), path + ".scoring", scale);
            if (scale == null || scoring == null) {
                return null;
            }
            return new Indicator(id, name, measures, scale, scoring, mandatory,
                    guidance == null ? Text.of("", "") : guidance, evidence == null ? Text.of("", "") : evidence);
        }

        private Scale scale(Object value, String path) {
            if (!(value instanceof Map<?, ?> node)) {
                problems.add(path + ": missing (kind: levels, number, percent or yes_no)");
                return null;
            }
            ScaleKind kind = kind(scalar(node.get("kind")), ScaleKind.class, path + ".kind");
            if (kind == null) {
                return null;
            }
            Text unit = node.containsKey("unit") ? text(node, "unit", path + ".unit", true) : null;
            Double min = number(node, "min", path + ".min");
            Double max = number(node, "max", path + ".max");
            if (min != null && max != null && min >= max) {
                problems.add(path + ": min (" + min + ") must be below max (" + max + ")");
            }
            if (kind == ScaleKind.PERCENT && ((min != null && min < 0) || (max != null && max > 100))) {
                problems.add(path + ": a percentage lies between 0 and 100");
            }
            List<Text> levels = new ArrayList<>();
            if (kind == ScaleKind.LEVELS) {
                if (!(node.get("levels") instanceof List<?> list) || list.size() < 2) {
                    problems.add(path + ".levels: a levels scale needs at least two described levels");
                } else {
                    for (int l = 0; l < list.size(); l++) {
                        levels.add(textValue(list.get(l), path + ".levels[" + l + "]", true));
                    }
                }
            }
            return new Scale(kind, unit, min, max, levels);
        }

        private Scoring scoring(Object value, String path, Scale scale) {
            if (!(value instanceof Map<?, ?> node)) {
                problems.add(path + ": missing (rule: level, at_least, at_most or yes_no)");
                return null;
            }
            ScoringRule rule = kind(scalar(node.get("rule")), ScoringRule.class, path + ".rule");
            if (rule == null || scale == null) {
                return null;
            }
            boolean fits = switch (rule) {
                case LEVEL -> scale.kind() == ScaleKind.LEVELS;
                case YES_NO -> scale.kind() == ScaleKind.YES_NO;
                case AT_LEAST, AT_MOST -> scale.kind() == ScaleKind.NUMBER || scale.kind() == ScaleKind.PERCENT;
            };
            if (!fits) {
                problems.add(path + ".rule: " + rule.name().toLowerCase(Locale.ROOT) + " does not fit a "
                        + scale.kind().name().toLowerCase(Locale.ROOT) + " scale");
            }
            List<Double> thresholds = new ArrayList<>();
            if (rule == ScoringRule.AT_LEAST || rule == ScoringRule.AT_MOST) {
                if (!(node.get("thresholds") instanceof List<?> list) || list.isEmpty()) {
                    problems.add(path + ".thresholds: a threshold rule needs at least one threshold");
                } else {
                    for (int t = 0; t < list.size(); t++) {
                        if (!(list.get(t) instanceof Number n)) {
                            problems.add(path + ".thresholds[" + t + "]: not a number");
                            continue;
                        }
                        double v = n.doubleValue();
                        if (!thresholds.isEmpty()) {
                            double previous = thresholds.get(thresholds.size() - 1);
                            boolean ordered = rule == ScoringRule.AT_LEAST ? v > previous : v < previous;
                            if (!ordered) {
                                problems.add(path + ".thresholds[" + t + "]: must be "
                                        + (rule == ScoringRule.AT_LEAST ? "above" : "below") + " the one before");
                            }
                        }
                        if (v < scale.lowest() || v > scale.highest()) {
                            problems.add(path + ".thresholds[" + t + "]: " + v + " lies outside the scale");
                        }
                        thresholds.add(v);
                    }
                }
            }
            return new Scoring(rule, thresholds);
        }

        private <E extends Enum<E>> E kind(String value, Class<E> type, String path) {
            try {
                return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                List<String> names = new ArrayList<>();
                for (E constant : type.getEnumConstants()) {
                    names.add(constant.name().toLowerCase(Locale.ROOT));
                }
                problems.add(path + ": '" + value + "' is not one of " + String.join(", ", names));
                return null;
            }
        }

        private Double number(Map<?, ?> node, String field, String path) {
            Object value = node.get(field);
            if (value == null) {
                return null;
            }
            if (!(value instanceof Number n)) {
                problems.add(path + ": not a number");
                return null;
            }
            return n.doubleValue();
        }

        private String id(Map<?, ?> node, String field, String path) {
            Object value = node.get(field);
            if (value instanceof Number n) {
                problems.add(path + ": must be text, not the number " + n + " (in YAML write it in quotes: \"" + n + "\")");
                return n.toString();
            }
            if (!(value instanceof String text) || text.isBlank()) {
                problems.add(path + ": missing");
                return "";
            }
            if (!ID.matcher(text).matches()) {
                problems.add(path + ": '" + text + "' is not an id (letters, digits, '.', '_', '-'; at most 40)");
            }
            return text;
        }

        private void unique(Map<String, String> seen, String id, String path, String what) {
            if (id.isEmpty()) {
                return;
            }
            String first = seen.putIfAbsent(id, path);
            if (first != null) {
                problems.add(path + ": duplicate " + what + " id '" + id + "' (already used at " + first + ")");
            }
        }

        private Text text(Map<?, ?> node, String field, String path, boolean required) {
            Object value = node.get(field);
            if (value == null) {
                if (required) {
                    problems.add(path + ": missing");
                }
                return required ? Text.of("", "") : null;
            }
            return textValue(value, path, required);
        }

        /** A text is {"en": ..., "it": ...} (English required) or a plain string (English only). */
        private Text textValue(Object value, String path, boolean required) {
            if (value instanceof String s) {
                return checked(Text.of(s, null), path, required);
            }
            if (!(value instanceof Map<?, ?> map)) {
                problems.add(path + ": must be a text or an object with 'en' and 'it'");
                return Text.of("", "");
            }
            String en = map.get("en") instanceof String s ? s : null;
            String it = map.get("it") instanceof String s ? s : null;
            if (map.containsKey("it") && it == null) {
                problems.add(path + ".it: must be a text");
            }
            return checked(Text.of(en == null ? "" : en, it), path, required);
        }

        private Text checked(Text t, String path, boolean required) {
            if (required && t.en().isBlank()) {
                problems.add(path + ".en: the English text is missing");
            }
            if (t.en().length() > MAX_TEXT || (t.it() != null && t.it().length() > MAX_TEXT)) {
                problems.add(path + ": longer than " + MAX_TEXT + " characters");
            }
            return t;
        }

        /** A value written where text was expected, as text ("" for anything but text, numbers and yes/no). */
        private static String scalar(Object value) {
            return value instanceof String || value instanceof Number || value instanceof Boolean ? value.toString() : "";
        }
    }
}
