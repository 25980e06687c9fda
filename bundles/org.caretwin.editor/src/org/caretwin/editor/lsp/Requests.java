package org.caretwin.editor.lsp;

import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;

/** Waits for an answer a user is waiting for, briefly: a late answer is worth less than a responsive editor. */
public final class Requests {

	private Requests() {
	}

	public static <T> Optional<T> await(CompletableFuture<T> answer, long millis) {
		try {
			return Optional.ofNullable(answer.get(millis, TimeUnit.MILLISECONDS));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		} catch (TimeoutException e) {
			answer.cancel(true);
			return Optional.empty();
		} catch (CancellationException e) {
			return Optional.empty();
		} catch (ExecutionException e) {
			ILog.of(Requests.class).warn("Language server request failed: " + e.getCause());
			return Optional.empty();
		}
	}

	/**
	 * As {@link #await}, asking again while time is left when the server cancelled the request: it does so when a
	 * file changed while it was answering, and the user asked once.
	 */
	public static <T> Optional<T> awaitRetrying(Supplier<CompletableFuture<T>> request, long millis) {
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
		while (true) {
			CompletableFuture<T> answer = request.get();
			long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
			Optional<T> result = await(answer, Math.max(left, 1));
			if (result.isPresent() || !answer.isCancelled() || deadline - System.nanoTime() <= 0) {
				return result;
			}
		}
	}
}
