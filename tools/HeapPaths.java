import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Why is an object still alive? Reads a heap dump (HPROF, e.g. {@code jcmd <pid> GC.heap_dump file.hprof})
 * and prints, for each live instance of a class, the shortest chain of references from a GC root that survive a
 * full collection: strong ones, soft references (kept until memory runs short) and objects waiting for
 * finalization; weak and phantom referents are not followed. Written to find what keeps an uninstalled module's
 * class loader ({@code org.pf4j.PluginClassLoader}) in memory; Eclipse MAT is not available here.
 *
 * <pre>java -Xmx2g tools/HeapPaths.java ui/target/module-heap.hprof org.pf4j.PluginClassLoader [max] [cut...]</pre>
 * Each {@code cut} ({@code "OpenTracingHelper.static canTraceCache"}) ignores the references from a class whose name
 * contains its first part through a field named its second part: to see what else holds the objects once a
 * holder is known.
 */
public class HeapPaths {

    private static final int OBJECT = 2;

    private int idSize;
    private final Map<Long, String> strings = new HashMap<>();
    private final Map<Long, String> classNames = new HashMap<>();
    private final Map<Long, ClassInfo> classes = new HashMap<>();
    private final List<long[]> roots = new ArrayList<>();   // {object id, root kind}
    private final IdIndex index = new IdIndex();
    private long[] objectClass = new long[1 << 20];         // by index: class id (or -1 for a class object)
    // Adjacency in CSR form, filled object by object in the second pass.
    private int[] edgeStart = new int[1 << 20];
    private long[] edgeTarget = new long[1 << 22];
    private int[] edgeLabel = new int[1 << 22];
    private int edgeCount;
    private final List<String> labels = new ArrayList<>();
    private final Map<String, Integer> labelIds = new HashMap<>();
    private final List<String[]> cuts = new ArrayList<>();

    record Field(long nameId, int type) {
    }

    record ClassInfo(long id, long superId, long loaderId, List<Field> fields, List<long[]> staticRefs) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java HeapPaths.java <dump.hprof> <class name> [max paths]");
            System.exit(2);
        }
        HeapPaths heap = new HeapPaths();
        Path file = Path.of(args[0]);
        heap.read(file, true);
        heap.read(file, false);
        for (int i = 3; i < args.length; i++) {
            int dot = args[i].lastIndexOf('.', args[i].indexOf(' ') < 0 ? args[i].length() : args[i].indexOf(' '));
            heap.cuts.add(new String[]{args[i].substring(0, dot), args[i].substring(dot + 1)});
        }
        heap.printPaths(args[1], args.length > 2 ? Integer.parseInt(args[2]) : 50);
    }

    // --- reading -------------------------------------------------------------------------------

    private void read(Path file, boolean firstPass) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
            while (in.readByte() != 0) {
                // "JAVA PROFILE 1.0.2"
            }
            idSize = in.readInt();
            in.readLong();
            while (true) {
                int tag;
                try {
                    tag = in.readUnsignedByte();
                } catch (EOFException e) {
                    break;
                }
                in.readInt();
                long length = Integer.toUnsignedLong(in.readInt());
                if (tag == 0x01 && firstPass) {
                    long id = id(in);
                    byte[] text = new byte[(int) (length - idSize)];
                    in.readFully(text);
                    strings.put(id, new String(text, java.nio.charset.StandardCharsets.UTF_8));
                } else if (tag == 0x02 && firstPass) {
                    in.readInt();
                    long classId = id(in);
                    in.readInt();
                    classNames.put(classId, strings.getOrDefault(id(in), "?").replace('/', '.'));
                } else if (tag == 0x0C || tag == 0x1C) {
                    heapSegment(in, length, firstPass);
                } else {
                    in.skipNBytes(length);
                }
            }
        }
    }

    private void heapSegment(DataInputStream in, long length, boolean firstPass) throws IOException {
        long end = length;
        long read = 0;
        while (read < end) {
            int sub = in.readUnsignedByte();
            read += 1;
            switch (sub) {
                case 0xFF, 0x05, 0x07 -> { root(id(in), sub, firstPass); read += idSize; }
                case 0x01 -> { root(id(in), sub, firstPass); id(in); read += 2L * idSize; }
                case 0x02, 0x03, 0x08 -> { root(id(in), sub, firstPass); in.readInt(); in.readInt(); read += idSize + 8; }
                case 0x04, 0x06 -> { root(id(in), sub, firstPass); in.readInt(); read += idSize + 4; }
                case 0x20 -> read += classDump(in, firstPass);
                case 0x21 -> read += instanceDump(in, firstPass);
                case 0x22 -> read += objectArray(in, firstPass);
                case 0x23 -> read += primitiveArray(in);
                default -> throw new IOException("unknown heap record 0x" + Integer.toHexString(sub));
            }
        }
    }

    private void root(long id, int kind, boolean firstPass) {
        if (firstPass) {
            roots.add(new long[]{id, kind});
        }
    }

    private long classDump(DataInputStream in, boolean firstPass) throws IOException {
        long read = 0;
        long classId = id(in);
        in.readInt();
        long superId = id(in);
        long loaderId = id(in);
        id(in);
        id(in);
        id(in);
        id(in);
        in.readInt();
        read += 7L * idSize + 8;
        int constants = in.readUnsignedShort();
        read += 2;
        for (int i = 0; i < constants; i++) {
            in.readUnsignedShort();
            int type = in.readUnsignedByte();
            read += 3 + skipValue(in, type);
        }
        int statics = in.readUnsignedShort();
        read += 2;
        List<long[]> staticRefs = new ArrayList<>();
        for (int i = 0; i < statics; i++) {
            long name = id(in);
            int type = in.readUnsignedByte();
            read += idSize + 1;
            if (type == OBJECT) {
                staticRefs.add(new long[]{id(in), name});
                read += idSize;
            } else {
                read += skipValue(in, type);
            }
        }
        int fieldCount = in.readUnsignedShort();
        read += 2;
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < fieldCount; i++) {
            fields.add(new Field(id(in), in.readUnsignedByte()));
            read += idSize + 1;
        }
        if (firstPass) {
            classes.put(classId, new ClassInfo(classId, superId, loaderId, fields, staticRefs));
        } else {
            int at = begin(classId, -1);
            edge("<super>", superId);
            edge("<loader>", loaderId);
            for (long[] ref : staticRefs) {
                edge("static " + strings.getOrDefault(ref[1], "?"), ref[0]);
            }
            end(at);
        }
        return read;
    }

    private long instanceDump(DataInputStream in, boolean firstPass) throws IOException {
        long id = id(in);
        in.readInt();
        long classId = id(in);
        int size = in.readInt();
        byte[] data = new byte[size];
        in.readFully(data);
        if (!firstPass) {
            int at = begin(id, classId);
            edge("<class>", classId);
            int offset = 0;
            // Soft references (cleared only under memory pressure) and finalizer references keep their referent.
            boolean strongReferent = false;
            for (long c = classId; c != 0 && classes.containsKey(c); c = classes.get(c).superId()) {
                String n = classNames.get(c);
                strongReferent |= "java.lang.ref.SoftReference".equals(n) || "java.lang.ref.FinalReference".equals(n);
            }
            for (long c = classId; c != 0 && classes.containsKey(c); c = classes.get(c).superId()) {
                ClassInfo info = classes.get(c);
                boolean reference = "java.lang.ref.Reference".equals(classNames.get(c)) && !strongReferent;
                for (Field f : info.fields()) {
                    if (f.type() == OBJECT) {
                        long target = idAt(data, offset);
                        String name = strings.getOrDefault(f.nameId(), "?");
                        // A weak/soft/phantom referent does not keep anything alive.
                        if (!(reference && name.equals("referent"))) {
                            edge(name, target);
                        }
                    }
                    offset += size(f.type());
                }
            }
            end(at);
        }
        return 2L * idSize + 8 + size;
    }

    private long objectArray(DataInputStream in, boolean firstPass) throws IOException {
        long id = id(in);
        in.readInt();
        int count = in.readInt();
        long arrayClass = id(in);
        int at = firstPass ? 0 : begin(id, arrayClass);
        for (int i = 0; i < count; i++) {
            long target = id(in);
            if (!firstPass && target != 0) {
                edge("[" + Math.min(i, 9) + (i > 9 ? "+]" : "]"), target);
            }
        }
        if (!firstPass) {
            end(at);
        }
        return 2L * idSize + 8 + (long) count * idSize;
    }

    private long primitiveArray(DataInputStream in) throws IOException {
        id(in);
        in.readInt();
        int count = in.readInt();
        int type = in.readUnsignedByte();
        long bytes = (long) count * size(type);
        in.skipNBytes(bytes);
        return idSize + 9 + bytes;
    }

    private long skipValue(DataInputStream in, int type) throws IOException {
        int n = size(type);
        in.skipNBytes(n);
        return n;
    }

    private int size(int type) {
        return switch (type) {
            case OBJECT -> idSize;
            case 4, 8 -> 1;
            case 5, 9 -> 2;
            case 6, 10 -> 4;
            case 7, 11 -> 8;
            default -> throw new IllegalArgumentException("basic type " + type);
        };
    }

    private long id(DataInputStream in) throws IOException {
        return idSize == 8 ? in.readLong() : Integer.toUnsignedLong(in.readInt());
    }

    private long idAt(byte[] data, int offset) {
        long v = 0;
        for (int i = 0; i < idSize; i++) {
            v = (v << 8) | (data[offset + i] & 0xFF);
        }
        return v;
    }

    // --- the graph -----------------------------------------------------------------------------

    private int begin(long id, long classId) {
        int i = index.add(id);
        if (i >= objectClass.length) {
            objectClass = Arrays.copyOf(objectClass, objectClass.length * 2);
            edgeStart = Arrays.copyOf(edgeStart, edgeStart.length * 2);
        }
        objectClass[i] = classId;
        edgeStart[i] = edgeCount;
        return i;
    }

    private void end(int at) {
        // Edges of object i are edgeStart[i] .. edgeStart[i+1] (or edgeCount for the last one).
    }

    private void edge(String label, long target) {
        if (target == 0) {
            return;
        }
        if (edgeCount == edgeTarget.length) {
            edgeTarget = Arrays.copyOf(edgeTarget, edgeTarget.length * 2);
            edgeLabel = Arrays.copyOf(edgeLabel, edgeLabel.length * 2);
        }
        edgeTarget[edgeCount] = target;
        edgeLabel[edgeCount] = labelIds.computeIfAbsent(label, l -> {
            labels.add(l);
            return labels.size() - 1;
        });
        edgeCount++;
    }

    private String describe(int i) {
        long c = objectClass[i];
        if (c == -1) {
            return "class " + classNames.getOrDefault(index.idOf(i), "?");
        }
        return classNames.getOrDefault(c, "?") + "@" + Long.toHexString(index.idOf(i));
    }

    private void printPaths(String className, int max) {
        int n = index.size();
        int[] parent = new int[n];
        int[] parentLabel = new int[n];
        int[] rootKind = new int[n];
        Arrays.fill(parent, -2);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (long[] root : roots) {
            int i = index.get(root[0]);
            if (i >= 0 && parent[i] == -2) {
                parent[i] = -1;
                rootKind[i] = (int) root[1];
                queue[tail++] = i;
            }
        }
        while (head < tail) {
            int i = queue[head++];
            int from = edgeStart[i];
            int to = i + 1 < n ? edgeStart[i + 1] : edgeCount;
            String owner = cuts.isEmpty() ? null : describe(i);
            for (int e = from; e < to; e++) {
                if (owner != null && cut(owner, labels.get(edgeLabel[e]))) {
                    continue;
                }
                int j = index.get(edgeTarget[e]);
                if (j >= 0 && parent[j] == -2) {
                    parent[j] = i;
                    parentLabel[j] = edgeLabel[e];
                    queue[tail++] = j;
                }
            }
        }
        int printed = 0;
        int found = 0;
        for (int i = 0; i < n; i++) {
            if (objectClass[i] == -1 || !className.equals(classNames.get(objectClass[i]))) {
                continue;
            }
            found++;
            if (printed >= max) {
                continue;
            }
            printed++;
            System.out.println("== " + describe(i) + (parent[i] == -2 ? " (not reachable from a root)" : ""));
            List<String> chain = new ArrayList<>();
            for (int j = i; j >= 0 && parent[j] != -2; j = parent[j]) {
                if (parent[j] == -1) {
                    chain.add("ROOT(0x" + Integer.toHexString(rootKind[j]) + ") " + describe(j));
                } else {
                    chain.add("  ." + labels.get(parentLabel[j]) + " -> " + describe(j));
                }
            }
            for (int k = chain.size() - 1; k >= 0; k--) {
                System.out.println(chain.get(k));
            }
        }
        System.out.println(found + " live instance(s) of " + className + ", " + n + " objects in the dump");
    }

    private boolean cut(String owner, String label) {
        for (String[] c : cuts) {
            if (owner.contains(c[0]) && label.equals(c[1])) {
                return true;
            }
        }
        return false;
    }

    /** Object id → dense index, open addressing. */
    static final class IdIndex {
        private long[] keys = new long[1 << 21];
        private int[] values = new int[1 << 21];
        private long[] ids = new long[1 << 20];
        private int size;

        int add(long id) {
            int existing = get(id);
            if (existing >= 0) {
                return existing;
            }
            if (size * 2 >= keys.length) {
                grow();
            }
            put(id, size);
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, ids.length * 2);
            }
            ids[size] = id;
            return size++;
        }

        private void put(long id, int value) {
            int mask = keys.length - 1;
            int slot = Long.hashCode(id * 0x9E3779B97F4A7C15L) & mask;
            while (keys[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = id;
            values[slot] = value;
        }

        int get(long id) {
            int mask = keys.length - 1;
            int slot = Long.hashCode(id * 0x9E3779B97F4A7C15L) & mask;
            while (keys[slot] != 0) {
                if (keys[slot] == id) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        long idOf(int i) {
            return ids[i];
        }

        int size() {
            return size;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            for (int s = 0; s < oldKeys.length; s++) {
                if (oldKeys[s] != 0) {
                    put(oldKeys[s], oldValues[s]);
                }
            }
        }
    }
}
