package eu.clus3.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The index root holds one directory per generation ({@code gen-1}, {@code gen-2}, ...) and a file
 * {@code CURRENT} naming the one that serves. A rebuild writes the next generation beside the serving
 * one; swapping in is rewriting {@code CURRENT} atomically. A damaged generation is moved aside as
 * {@code gen-N.broken} (only the latest is kept, for a post-mortem).
 */
final class IndexLayout {

    static final String CURRENT = "CURRENT";
    private static final String PREFIX = "gen-";
    private static final String BROKEN = ".broken";

    private final Path root;

    IndexLayout(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** The serving generation's directory as recorded, or null when none is recorded. */
    Path current() throws IOException {
        return current(root);
    }

    static Path current(Path root) throws IOException {
        try {
            String name = Files.readString(root.resolve(CURRENT), StandardCharsets.UTF_8).strip();
            if (!name.startsWith(PREFIX) || name.contains("/") || name.contains("\\")) {
                return null;
            }
            return root.resolve(name);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** A fresh, empty directory for the next generation. */
    Path newGeneration() throws IOException {
        Files.createDirectories(root);
        int next = 1;
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.toList()) {
                String name = child.getFileName().toString();
                if (name.startsWith(PREFIX)) {
                    String digits = name.substring(PREFIX.length()).replace(BROKEN, "");
                    try {
                        next = Math.max(next, Integer.parseInt(digits) + 1);
                    } catch (NumberFormatException ignored) {
                        // not ours
                    }
                }
            }
        }
        Path dir = root.resolve(PREFIX + next);
        Files.createDirectories(dir);
        return dir;
    }

    /** Records which generation serves; atomic, so a crash leaves either the old or the new name. */
    void makeCurrent(Path generation) throws IOException {
        Path temp = root.resolve(CURRENT + ".tmp");
        Files.writeString(temp, generation.getFileName().toString() + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(temp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Moves a damaged generation out of the way, keeping it (and only it) for inspection. */
    void setAside(Path generation) throws IOException {
        if (!Files.exists(generation)) {
            return;
        }
        removeWhere(p -> p.getFileName().toString().endsWith(BROKEN));
        Files.move(generation, generation.resolveSibling(generation.getFileName() + BROKEN));
    }

    /** Deletes generations other than the serving one (left by a crashed rebuild or an unfinished swap). */
    void removeAllBut(Path keep) throws IOException {
        removeWhere(p -> {
            String name = p.getFileName().toString();
            return name.startsWith(PREFIX) && !name.endsWith(BROKEN) && !p.equals(keep);
        });
    }

    private void removeWhere(java.util.function.Predicate<Path> which) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.filter(Files::isDirectory).filter(which).toList()) {
                delete(child);
            }
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> paths = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : paths) {
                Files.deleteIfExists(p);
            }
        }
    }
}
