package eu.clus3.benchmarking.edition;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The edition file as YAML: the same tree as the JSON file, read with SnakeYAML's composer only — no object
 * is ever constructed from a tag, only maps, lists, text, numbers, yes/no and null — and with limits that
 * refuse alias bombs ("billion laughs"), deep nesting and oversized files before they cost anything. Each
 * place in the tree keeps its line, so faults say where they are in the file. The tree is the plain one the JSON
 * file reads to: maps, lists, text, numbers ({@code Long}, {@code BigInteger}, {@code Double}), true/false, null.
 */
final class EditionYaml {

    static final int MAX_CHARS = 2_000_000;
    static final int MAX_DEPTH = 40;
    static final int MAX_ALIASES = 20;
    /** Nodes in the tree once aliases are expanded: an edition of 36 indicators has about 1 500. */
    static final int MAX_NODES = 50_000;

    private static final Set<Tag> ALLOWED = Set.of(Tag.MAP, Tag.SEQ, Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.TIMESTAMP);

    /** The tree and the line (from 1) where each path in it starts, e.g. {@code areas[1].indicators[0].id}. */
    record Parsed(Object tree, Map<String, Integer> lines) {

        /** The line of a path, or of its nearest parent in the file (a missing field is reported at its object). */
        Integer line(String path) {
            String p = path;
            while (true) {
                Integer line = lines.get(p);
                if (line != null || p.isEmpty()) {
                    return line;
                }
                int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
                p = cut < 0 ? "" : p.substring(0, cut);
            }
        }
    }

    private EditionYaml() {
    }

    static Parsed read(String yaml) {
        if (yaml == null || yaml.isBlank()) {
            throw new InvalidEditionException(List.of("the file is empty"));
        }
        if (yaml.length() > MAX_CHARS) {
            throw new InvalidEditionException(List.of("the file has " + yaml.length() + " characters; at most " + MAX_CHARS));
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CHARS);
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        Node root;
        try {
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new InvalidEditionException(List.of("not YAML: " + (e.getProblem() != null ? e.getProblem() : e.getMessage())
                    + (mark == null ? "" : " (line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")")));
        } catch (YAMLException e) {
            // the loader's limits: too many aliases, too deep, too long
            throw new InvalidEditionException(List.of("refused: " + e.getMessage()));
        }
        if (root == null) {
            throw new InvalidEditionException(List.of("the file is empty"));
        }
        Converter converter = new Converter();
        Object tree = converter.convert(root, "", 0);
        if (!converter.problems.isEmpty()) {
            throw new InvalidEditionException(converter.problems);
        }
        return new Parsed(tree, converter.lines);
    }

    /** The file's tree (ordered maps, lists, text, numbers) as YAML (block style, Unicode kept): it reads back the same. */
    static String write(Map<String, Object> tree) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setAllowUnicode(true);
        options.setWidth(120);
        options.setSplitLines(true);
        return new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(options), options).dump(tree);
    }

    /** Composed YAML nodes to a plain tree, noting lines and refusing what an edition file never holds. */
    private static final class Converter {

        private final Map<String, Integer> lines = new HashMap<>();
        private final List<String> problems = new ArrayList<>();
        private final Map<Node, Boolean> open = new IdentityHashMap<>();
        private int nodes;

        Object convert(Node node, String path, int depth) {
            if (++nodes > MAX_NODES) {
                throw new InvalidEditionException(List.of("refused: more than " + MAX_NODES
                        + " values once aliases are expanded (an alias bomb?)"));
            }
            if (depth > MAX_DEPTH || open.containsKey(node)) {
                throw new InvalidEditionException(List.of("refused: nested too deep or refers to itself"
                        + at(node)));
            }
            lines.putIfAbsent(path, node.getStartMark() == null ? null : node.getStartMark().getLine() + 1);
            if (!ALLOWED.contains(node.getTag())) {
                problems.add(where(path) + "the tag " + node.getTag() + " is not allowed" + at(node));
                return null;
            }
            open.put(node, Boolean.TRUE);
            try {
                if (node instanceof MappingNode map) {
                    Map<String, Object> object = new LinkedHashMap<>();
                    for (NodeTuple tuple : map.getValue()) {
                        if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                            problems.add(where(path) + "a key must be plain text" + at(tuple.getKeyNode()));
                            continue;
                        }
                        String name = key.getValue();
                        if (object.containsKey(name)) {
                            problems.add(where(path) + "duplicate key '" + name + "'" + at(key));
                            continue;
                        }
                        object.put(name, convert(tuple.getValueNode(), path.isEmpty() ? name : path + "." + name, depth + 1));
                    }
                    return object;
                }
                if (node instanceof SequenceNode seq) {
                    List<Object> array = new ArrayList<>();
                    List<Node> items = seq.getValue();
                    for (int i = 0; i < items.size(); i++) {
                        array.add(convert(items.get(i), path + "[" + i + "]", depth + 1));
                    }
                    return array;
                }
                return scalar((ScalarNode) node, path);
            } finally {
                open.remove(node);
            }
        }

        private Object scalar(ScalarNode s, String path) {
            String v = s.getValue();
            Tag tag = s.getTag();
            try {
                if (Tag.NULL.equals(tag)) {
                    return null;
                }
                if (Tag.BOOL.equals(tag)) {
                    return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("on");
                }
                if (Tag.INT.equals(tag)) {
                    BigInteger n = new BigInteger(v.replace("_", "").replace("+", ""));
                    return n.bitLength() < 63 ? (Object) n.longValue() : n;
                }
                if (Tag.FLOAT.equals(tag)) {
                    return Double.parseDouble(v.replace("_", ""));
                }
            } catch (NumberFormatException e) {
                problems.add(where(path) + "'" + v + "' is not a number this file can hold" + at(s));
                return null;
            }
            return v; // text, and dates kept as written
        }

        private static String where(String path) {
            return path.isEmpty() ? "" : path + ": ";
        }

        private static String at(Node node) {
            return node.getStartMark() == null ? "" : " (line " + (node.getStartMark().getLine() + 1) + ")";
        }
    }
}
