package org.caretwin.diagram.glsp;

import org.caretwin.diagram.glsp.operations.AddFlowHandler;
import org.caretwin.diagram.glsp.operations.DeleteHandler;
import org.caretwin.diagram.glsp.operations.InsertStepHandler;
import org.caretwin.diagram.glsp.operations.MoveNodeHandler;
import org.caretwin.diagram.glsp.operations.ReconnectFlowHandler;
import org.caretwin.diagram.glsp.operations.RefusalReportingActionHandler;
import org.caretwin.diagram.glsp.operations.RenameStepHandler;
import org.caretwin.diagram.glsp.operations.SetClauseHandler;
import org.caretwin.diagram.glsp.operations.TidyUpHandler;
import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.CompoundOperationHandler;
import org.eclipse.glsp.server.operations.OperationActionHandler;
import org.eclipse.glsp.server.operations.OperationHandler;

/**
 * The pathway diagram of a {@code .care} file for GLSP: its graph is made from the text, and every operation is an
 * edit of the text ({@code org.caretwin.lang.ide.edit}) or of the layout sidecar.
 */
public class PathwayDiagramModule extends DiagramModule {

	public static final String DIAGRAM_TYPE = "caretwin-pathway";

	@Override
	public String getDiagramType() {
		return DIAGRAM_TYPE;
	}

	@Override
	protected void configureBase() {
		super.configureBase();
		bind(ModelSubmissionHandler.class).to(PathwayModelSubmission.class).in(com.google.inject.Singleton.class);
	}

	@Override
	protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
		return PathwayDiagramConfiguration.class;
	}

	@Override
	protected Class<? extends GModelState> bindGModelState() {
		return PathwayModelState.class;
	}

	@Override
	protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
		return PathwaySourceModelStorage.class;
	}

	@Override
	protected Class<? extends GModelFactory> bindGModelFactory() {
		return PathwayGModelFactory.class;
	}

	@Override
	protected Class<? extends ModelValidator> bindModelValidator() {
		return PathwayMarkers.class;
	}

	@Override
	protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
		return PathwayPalette.class;
	}

	@Override
	protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
		super.configureActionHandlers(binding);
		binding.rebind(OperationActionHandler.class, RefusalReportingActionHandler.class);
		binding.add(TextChangedHandler.class);
	}

	/** Ours only (and compounds of them): GLSP's own edit a graph model, which here is only a view of the text. */
	@Override
	protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
		binding.add(CompoundOperationHandler.class);
		binding.add(MoveNodeHandler.class);
		binding.add(RenameStepHandler.class);
		binding.add(AddFlowHandler.class);
		binding.add(ReconnectFlowHandler.class);
		binding.add(DeleteHandler.class);
		binding.add(InsertStepHandler.class);
		binding.add(SetClauseHandler.class);
		binding.add(TidyUpHandler.class);
	}
}
