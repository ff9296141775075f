package eu.clus3.benchmarking.edition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The edition file, JSON or YAML (the same tree either way): read with every structural fault collected and
 * reported at once (so an admin fixes a file in one go; in YAML with the line of each), and written back in the
 * same form, so an export imports unchanged.
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

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final int MAX_TEXT = 4000;

    private EditionFormat() {
    }

    /** Reads and checks an edition; throws {@link InvalidEditionException} listing every fault. */
    public static Edition read(String json) {
        JsonNode root;
        try {
            root = json == null ? null : JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidEditionException(List.of("not JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidEditionException(List.of("the file must hold one JSON object (an edition)"));
        }
        return new Reader().edition(root);
    }

    /** Reads and checks an edition written in {@code syntax}. */
    public static Edition read(String text, Syntax syntax) {
        return syntax == Syntax.YAML ? readYaml(text) : read(text);
    }

    /**
     * Reads and checks an edition written in YAML; throws {@link InvalidEditionException} listing every fault
     * with its line, e.g. {@code areas[1].id: duplicate area id '1' (already used at areas[0].id) (line 40)}.
     */
    public static Edition readYaml(String yaml) {
        EditionYaml.Parsed parsed = EditionYaml.read(yaml);
        if (!parsed.tree().isObject()) {
            throw new InvalidEditionException(List.of("the file must hold one YAML mapping (an edition)"));
        }
        try {
            return new Reader().edition(parsed.tree());
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
    public static String write(Edition edition, Syntax syntax) {
        return syntax == Syntax.YAML ? writeYaml(edition) : write(edition);
    }

    /** The edition as YAML: the same fields as the JSON file; it imports unchanged. */
    public static String writeYaml(Edition edition) {
        try {
            return EditionYaml.write(JSON.readTree(write(edition)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String write(Edition edition) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", edition.id());
        root.set("title", text(edition.title()));
        if (edition.published() != null) {
            root.put("published", edition.published());
        }
        ArrayNode areas = root.putArray("areas");
        for (Area area : edition.areas()) {
            ObjectNode a = areas.addObject();
            a.put("id", area.id());
            a.set("name", text(area.name()));
            ArrayNode indicators = a.putArray("indicators");
            for (Indicator i : area.indicators()) {
                ObjectNode n = indicators.addObject();
                n.put("id", i.id());
                n.set("name", text(i.name()));
                n.set("measures", text(i.measures()));
                ObjectNode scale = n.putObject("scale");
                scale.put("kind", i.scale().kind().name().toLowerCase(Locale.ROOT));
                if (i.scale().unit() != null) {
                    scale.set("unit", text(i.scale().unit()));
                }
                if (i.scale().min() != null) {
                    scale.put("min", i.scale().min());
                }
                if (i.scale().max() != null) {
                    scale.put("max", i.scale().max());
                }
                if (!i.scale().levels().isEmpty()) {
                    ArrayNode levels = scale.putArray("levels");
                    i.scale().levels().forEach(l -> levels.add(text(l)));
                }
                ObjectNode scoring = n.putObject("scoring");
                scoring.put("rule", i.scoring().rule().name().toLowerCase(Locale.ROOT));
                if (!i.scoring().thresholds().isEmpty()) {
                    ArrayNode t = scoring.putArray("thresholds");
                    i.scoring().thresholds().forEach(t::add);
                }
                n.put("mandatory", i.mandatory());
                n.set("guidance", text(i.guidance()));
                n.set("evidence", text(i.evidence()));
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode text(Text t) {
        ObjectNode node = JSON.createObjectNode();
        node.put("en", t.en());
        if (t.it() != null) {
            node.put("it", t.it());
        }
        return node;
    }

    /** Walks the tree once, noting each fault with its path and carrying on. */
    private static final class Reader {

        private final List<String> problems = new ArrayList<>();

        Edition edition(JsonNode root) {
            String id = id(root, "id", "id");
            Text title = text(root, "title", "title", true);
            String published = root.hasNonNull("published") ? root.get("published").asText() : null;
            List<Area> areas = new ArrayList<>();
            Map<String, String> areaIds = new HashMap<>();
            Map<String, String> indicatorIds = new HashMap<>();
            JsonNode list = root.get("areas");
            if (list == null || !list.isArray() || list.isEmpty()) {
                problems.add("areas: missing or empty (an edition needs at least one area)");
            } else {
                for (int a = 0; a < list.size(); a++) {
                    String path = "areas[" + a + "]";
                    JsonNode node = list.get(a);
                    if (!node.isObject()) {
                        problems.add(path + ": must be an object");
                        continue;
                    }
                    String areaId = id(node, "id", path + ".id");
                    unique(areaIds, areaId, path + ".id", "area");
                    Text name = text(node, "name", path + ".name", true);
                    List<Indicator> indicators = new ArrayList<>();
                    JsonNode items = node.get("indicators");
                    if (items == null || !items.isArray() || items.isEmpty()) {
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

        private Indicator indicator(JsonNode node, String path, Map<String, String> seen) {
            if (!node.isObject()) {
                problems.add(path + ": must be an object");
                return null;
            }
            String id = id(node, "id", path + ".id");
            unique(seen, id, path + ".id", "indicator");
            Text name = text(node, "name", path + ".name", true);
            Text measures = text(node, "measures", path + ".measures", true);
            Text guidance = text(node, "guidance", path + ".guidance", false);
            Text evidence = text(node, "evidence", path + ".evidence", false);
            boolean mandatory = !node.has("mandatory") || node.get("mandatory").asBoolean(true);
            if (node.has("mandatory") && !node.get("mandatory").isBoolean()) {
                problems.add(path + ".mandatory: must be true or false");
            }
            Scale scale = scale(node.get("scale"), path + ".scale");
            Scoring scoring = scoring(node.get("scoring"), path + ".scoring", scale);
            if (scale == null || scoring == null) {
                return null;
            }
            return new Indicator(id, name, measures, scale, scoring, mandatory,
                    guidance == null ? Text.of("", "") : guidance, evidence == null ? Text.of("", "") : evidence);
        }

        private Scale scale(JsonNode node, String path) {
            if (node == null || !node.isObject()) {
                problems.add(path + ": missing (kind: levels, number, percent or yes_no)");
                return null;
            }
            ScaleKind kind = kind(node.path("kind").asText(""), ScaleKind.class, path + ".kind");
            if (kind == null) {
                return null;
            }
            Text unit = node.has("unit") ? text(node, "unit", path + ".unit", true) : null;
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
                JsonNode list = node.get("levels");
                if (list == null || !list.isArray() || list.size() < 2) {
                    problems.add(path + ".levels: a levels scale needs at least two described levels");
                } else {
                    for (int l = 0; l < list.size(); l++) {
                        levels.add(textValue(list.get(l), path + ".levels[" + l + "]", true));
                    }
                }
            }
            return new Scale(kind, unit, min, max, levels);
        }

        private Scoring scoring(JsonNode node, String path, Scale scale) {
            if (node == null || !node.isObject()) {
                problems.add(path + ": missing (rule: level, at_least, at_most or yes_no)");
                return null;
            }
            ScoringRule rule = kind(node.path("rule").asText(""), ScoringRule.class, path + ".rule");
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
                JsonNode list = node.get("thresholds");
                if (list == null || !list.isArray() || list.isEmpty()) {
                    problems.add(path + ".thresholds: a threshold rule needs at least one threshold");
                } else {
                    for (int t = 0; t < list.size(); t++) {
                        if (!list.get(t).isNumber()) {
                            problems.add(path + ".thresholds[" + t + "]: not a number");
                            continue;
                        }
                        double value = list.get(t).asDouble();
                        if (!thresholds.isEmpty()) {
                            double previous = thresholds.get(thresholds.size() - 1);
                            boolean ordered = rule == ScoringRule.AT_LEAST ? value > previous : value < previous;
                            if (!ordered) {
                                problems.add(path + ".thresholds[" + t + "]: must be "
                                        + (rule == ScoringRule.AT_LEAST ? "above" : "below") + " the one before");
                            }
                        }
                        if (value < scale.lowest() || value > scale.highest()) {
                            problems.add(path + ".thresholds[" + t + "]: " + value + " lies outside the scale");
                        }
                        thresholds.add(value);
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

        private Double number(JsonNode node, String field, String path) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isNumber()) {
                problems.add(path + ": not a number");
                return null;
            }
            return value.asDouble();
        }

        private String id(JsonNode node, String field, String path) {
            JsonNode value = node.get(field);
            if (value != null && value.isNumber()) {
                problems.add(path + ": must be text, not the number " + value.asText() + " (in YAML write it in quotes: \""
                        + value.asText() + "\")");
                return value.asText();
            }
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                problems.add(path + ": missing");
                return "";
            }
            if (!ID.matcher(value.asText()).matches()) {
                problems.add(path + ": '" + value.asText() + "' is not an id (letters, digits, '.', '_', '-'; at most 40)");
            }
            return value.asText();
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

        private Text text(JsonNode node, String field, String path, boolean required) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    problems.add(path + ": missing");
                }
                return required ? Text.of("", "") : null;
            }
            return textValue(value, path, required);
        }

        /** A text is {"en": ..., "it": ...} (English required) or a plain string (English only). */
        private Text textValue(JsonNode value, String path, boolean required) {
            if (value.isTextual()) {
                return checked(Text.of(value.asText(), null), path, required);
            }
            if (!value.isObject()) {
                problems.add(path + ": must be a text or an object with 'en' and 'it'");
                return Text.of("", "");
            }
            String en = value.path("en").isTextual() ? value.get("en").asText() : null;
            String it = value.path("it").isTextual() ? value.get("it").asText() : null;
            if (value.has("it") && !value.get("it").isTextual()) {
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
    }
}
