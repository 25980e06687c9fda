package org.caretwin.experiment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Classes compiled from generated source, kept on disk so that running an unchanged model again skips the JDK's
 * compiler (about 1.5 s). The key is a SHA-256 of everything the bytes depend on: the source, the compiler options,
 * the JDK's exact version, and every class path entry by path, size and modification time (a rebuilt engine is a new
 * jar, hence a new key). A class path with a folder on it (a development or test run) is not cached, since a folder's
 * content has no cheap fingerprint. Entries live in {@code $XDG_CACHE_HOME/caretwin/models} (else
 * {@code ~/.cache/caretwin/models}; {@code -Dcaretwin.cache=DIR} moves it, {@code -Dcaretwin.cache=off} disables
 * it). The cache is an optimisation only: anything unreadable is compiled again.
 */
final class CompiledModelCache {

	private static final int FORMAT = 0x43544331; // "CTC1"
	private static final int KEPT_ENTRIES = 200;

	private final Path file;

	private CompiledModelCache(Path file) {
		this.file = file;
	}

	/** The cache entry for compiling {@code source} with {@code options} (a "-classpath" option among them). */
	static CompiledModelCache forCompilation(String source, List<String> options) {
		Path folder = folder();
		if (folder == null) {
			return new CompiledModelCache(null);
		}
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			update(digest, "format " + FORMAT);
			update(digest, "jdk " + System.getProperty("java.vm.vendor") + " " + Runtime.version());
			for (int i = 0; i < options.size(); i++) {
				String option = options.get(i);
				update(digest, option);
				if (option.equals("-classpath") && i + 1 < options.size()) {
					for (String entry : options.get(++i).split(File.pathSeparator)) {
						if (!fingerprint(digest, entry)) {
							return new CompiledModelCache(null);
						}
					}
				}
			}
			update(digest, source);
			return new CompiledModelCache(folder.resolve(HexFormat.of().formatHex(digest.digest()) + ".classes"));
		} catch (NoSuchAlgorithmException e) {
			return new CompiledModelCache(null);
		}
	}

	/** The classes stored under this key, or null. */
	Map<String, byte[]> read() {
		if (file == null || !Files.isRegularFile(file)) {
			return null;
		}
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
			if (in.readInt() != FORMAT) {
				return null;
			}
			int count = in.readInt();
			Map<String, byte[]> classes = new LinkedHashMap<>();
			for (int i = 0; i < count; i++) {
				String name = in.readUTF();
				byte[] bytes = new byte[in.readInt()];
				in.readFully(bytes);
				classes.put(name, bytes);
			}
			return classes;
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** Stores {@code classes} under this key (atomically, best effort) and returns them. */
	Map<String, byte[]> write(Map<String, byte[]> classes) {
		if (file == null) {
			return classes;
		}
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (DataOutputStream out = new DataOutputStream(bytes)) {
				out.writeInt(FORMAT);
				out.writeInt(classes.size());
				for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
					out.writeUTF(entry.getKey());
					out.writeInt(entry.getValue().length);
					out.write(entry.getValue());
				}
			}
			Files.createDirectories(file.getParent());
			Path partial = Files.createTempFile(file.getParent(), "partial", ".tmp");
			Files.write(partial, bytes.toByteArray());
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			prune(file.getParent());
		} catch (IOException | RuntimeException e) {
			// Not cached this time; the next run compiles again.
		}
		return classes;
	}

	/** Keeps the most recent entries only. */
	private static void prune(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			List<Path> all = entries.filter(p -> p.toString().endsWith(".classes"))
					.sorted(Comparator.comparingLong(CompiledModelCache::modified).reversed()).toList();
			for (Path old : all.subList(Math.min(all.size(), KEPT_ENTRIES), all.size())) {
				Files.deleteIfExists(old);
			}
		}
	}

	private static long modified(Path path) {
		return path.toFile().lastModified();
	}

	/** Adds a jar's identity to the key; false for anything that is not a jar (then nothing is cached). */
	private static boolean fingerprint(MessageDigest digest, String entry) {
		if (entry.isEmpty()) {
			return true;
		}
		File jar = new File(entry);
		if (!jar.isFile()) {
			return false;
		}
		update(digest, "jar " + jar.getAbsolutePath() + " " + jar.length() + " " + jar.lastModified());
		return true;
	}

	private static void update(MessageDigest digest, String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		digest.update((byte) (bytes.length >>> 24));
		digest.update((byte) (bytes.length >>> 16));
		digest.update((byte) (bytes.length >>> 8));
		digest.update((byte) bytes.length);
		digest.update(bytes);
	}

	private static Path folder() {
		String configured = System.getProperty("caretwin.cache");
		if ("off".equals(configured)) {
			return null;
		}
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured, "models");
		}
		String xdg = System.getenv("XDG_CACHE_HOME");
		Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
		return base.resolve("caretwin").resolve("models");
	}
}
