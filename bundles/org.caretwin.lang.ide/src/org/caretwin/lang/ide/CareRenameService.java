package org.caretwin.lang.ide;

import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.xtext.ide.server.rename.RenameService2;

/**
 * Xtext's rename, whose nested reads of the workspace run inside the rename's own read. Queued instead, they would
 * wait behind a write that arrived meanwhile (a file saved or deleted), which itself waits for the rename to end:
 * the language server would hang for good.
 */
public class CareRenameService extends RenameService2 {

	@Override
	public WorkspaceEdit rename(Options options) {
		options.setLanguageServerAccess(new InlineReads(options.getLanguageServerAccess()));
		return super.rename(options);
	}

	@Override
	public Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(PrepareRenameOptions options) {
		options.setLanguageServerAccess(new InlineReads(options.getLanguageServerAccess()));
		return super.prepareRename(options);
	}
}
