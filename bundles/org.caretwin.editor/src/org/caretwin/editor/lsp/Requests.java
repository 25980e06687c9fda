package org.caretwin.editor.lsp;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
		} catch (ExecutionException e) {
			ILog.of(Requests.class).warn("Language server request failed: " + e.getCause());
			return Optional.empty();
		}
	}
}
