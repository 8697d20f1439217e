package org.placewise.server.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * How {@code placewise server backup|locks|unlock} reach a running server: a loopback-only port, and a file in the
 * owner-only data directory ({@value #FILE_NAME}, {@code 0600}) giving that port and a random token. Whoever can read
 * the data directory (the account the server runs as) may use it; nobody else learns the token, and every request
 * without it is refused. The file is removed when the server stops.
 * <p>
 * One request per connection: a line {@code TOKEN COMMAND ARGUMENT...}; the answer is lines of text, then {@code OK} or
 * {@code ERROR reason}.
 */
public final class AdminChannel implements AutoCloseable {

	/** File in the data directory naming the port and token of a running server. */
	public static final String FILE_NAME = "admin.channel";

	/** What the server does with one request. */
	@FunctionalInterface
	public interface Handler {
		/**
		 * @param command   the command word
		 * @param arguments its arguments
		 * @return the answer lines
		 * @throws Exception with a message for the user when the command fails
		 */
		List<String> handle(String command, List<String> arguments) throws Exception;
	}

	private final ServerSocket listener;

	private final Path file;

	private final String token;

	private final Handler handler;

	private volatile boolean closed;

	private AdminChannel(ServerSocket listener, Path file, String token, Handler handler) {
		this.listener = listener;
		this.file = file;
		this.token = token;
		this.handler = handler;
	}

	/**
	 * Opens the channel and writes its file.
	 *
	 * @param dataDirectory the server's owner-only data directory
	 * @param handler       what to do with requests
	 * @return the open channel
	 * @throws IOException when the port or the file cannot be made
	 */
	public static AdminChannel open(Path dataDirectory, Handler handler) throws IOException {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		String token = HexFormat.of().formatHex(secret);
		ServerSocket listener = new ServerSocket();
		listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 5);
		Path file = dataDirectory.resolve(FILE_NAME);
		Path temporary = dataDirectory.resolve(FILE_NAME + ".new");
		OwnerOnly.createFile(temporary);
		Files.writeString(temporary, listener.getLocalPort() + " " + token + "\n", StandardCharsets.UTF_8);
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		AdminChannel channel = new AdminChannel(listener, file, token, handler);
		Thread.ofPlatform().daemon().name("placewise-admin").start(channel::serve);
		return channel;
	}

	private void serve() {
		while (!closed) {
			try (Socket socket = listener.accept()) {
				socket.setSoTimeout(10_000);
				answer(socket);
			} catch (IOException e) {
				if (closed) {
					return;
				}
			}
		}
	}

	private void answer(Socket socket) throws IOException {
		BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
		PrintWriter out = new PrintWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8));
		String line = in.readLine();
		List<String> words = line == null ? List.of() : List.of(line.strip().split(" "));
		if (words.size() < 2 || !MessageDigest.isEqual(words.get(0).getBytes(StandardCharsets.UTF_8),
				token.getBytes(StandardCharsets.UTF_8))) {
			out.println("ERROR not allowed");
		} else {
			try {
				handler.handle(words.get(1), words.subList(2, words.size())).forEach(out::println);
				out.println("OK");
			} catch (Exception e) {
				out.println("ERROR " + (e.getMessage() == null ? e.getClass().getSimpleName()
						: e.getMessage().replace('\n', ' ')));
			}
		}
		out.flush();
	}

	/**
	 * Sends one request to the server running on a data directory.
	 *
	 * @param dataDirectory the server's data directory
	 * @param command       command and arguments (no spaces inside one)
	 * @return the answer lines without the final {@code OK}, or {@code null} when no server is running there
	 * @throws IOException with the server's reason when the command failed
	 */
	public static List<String> request(Path dataDirectory, String... command) throws IOException {
		Path file = dataDirectory.resolve(FILE_NAME);
		if (!Files.exists(file)) {
			return null;
		}
		String[] portAndToken = Files.readString(file, StandardCharsets.UTF_8).strip().split(" ");
		try (Socket socket = new Socket()) {
			try {
				socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(),
						Integer.parseInt(portAndToken[0])), 5_000);
			} catch (IOException | RuntimeException e) {
				// A file left behind by a server that was killed: nobody is listening.
				return null;
			}
			socket.setSoTimeout(0);
			PrintWriter out = new PrintWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8));
			out.println(portAndToken[1] + " " + String.join(" ", command));
			out.flush();
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			List<String> lines = new java.util.ArrayList<>();
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (line.equals("OK")) {
					return lines;
				}
				if (line.startsWith("ERROR ")) {
					throw new IOException(line.substring("ERROR ".length()));
				}
				lines.add(line);
			}
			throw new IOException("The server closed the connection before answering");
		}
	}

	/** Stops answering and removes the file. */
	@Override
	public void close() {
		closed = true;
		try {
			listener.close();
			Files.deleteIfExists(file);
		} catch (IOException e) {
			// Nothing more to do on the way out.
		}
	}
}
