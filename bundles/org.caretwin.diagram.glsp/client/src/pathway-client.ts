// The GLSP client of a pathway diagram in the workbench's browser widget. Its server runs in the workbench's JVM:
// messages cross as JSON strings through two functions, caretwinGlspSend (a BrowserFunction, page -> Java) and
// caretwinGlspReceive (called by Java, Java -> page), so there is no socket and nothing leaves the process.
import 'reflect-metadata';

import {
    Action,
    BaseJsonrpcGLSPClient,
    CircularNodeView,
    ConsoleLogger,
    DefaultTypes,
    DiagramLoader,
    DiamondNodeView,
    FeatureModule,
    GEdge,
    GEdgeView,
    GGraph,
    GLabel,
    GLabelView,
    GLSPProjectionView,
    FitToScreenAction,
    GNode,
    IActionDispatcher,
    Point,
    RenderingContext,
    ModelInitializationConstraint,
    LogLevel,
    RectangularNodeView,
    RoundedCornerNodeView,
    STANDALONE_MODULE_CONFIG,
    SelectAction,
    SelectionService,
    TYPES,
    bindOrRebind,
    configureDefaultModelElements,
    configureModelElement,
    createDiagramOptionsModule,
    editLabelFeature,
    initializeDiagramContainer,
    moveFeature,
    overrideModelElement,
    selectFeature,
    deletableFeature
} from '@eclipse-glsp/client';
import { Container, decorate, injectable } from 'inversify';
import { svg } from 'sprotty/lib/lib/jsx';
import { AbstractMessageReader, AbstractMessageWriter, DataCallback, Disposable, Message, createMessageConnection } from 'vscode-jsonrpc/browser';

import '../css/pathway.css';

declare global {
    interface Window {
        caretwinGlspSend(message: string): void;
        caretwinGlspReceive(message: string): void;
        caretwinGlspStart(sourceUri: string, lanes: string): void;
        caretwinGlspTextChanged(): void;
        caretwinGlspFit(): void;
        caretwinGlspDispatch(action: Action): void;
        caretwinGlspSelect(id: string | null): void;
        /** The workbench's callback (a BrowserFunction): the ids selected on the canvas, one per line. */
        caretwinGlspSelected?(ids: string): void;
    }
}

/** Messages from the workbench; those that arrive before the connection listens wait for it. */
class WorkbenchReader extends AbstractMessageReader {
    private callback?: DataCallback;
    private readonly early: Message[] = [];

    constructor() {
        super();
        window.caretwinGlspReceive = json => this.take(JSON.parse(json));
    }

    private take(message: Message): void {
        if (this.callback) {
            this.callback(message);
        } else {
            this.early.push(message);
        }
    }

    listen(callback: DataCallback): Disposable {
        this.callback = callback;
        this.early.splice(0).forEach(callback);
        return Disposable.create(() => (this.callback = undefined));
    }
}

class WorkbenchWriter extends AbstractMessageWriter {
    async write(message: Message): Promise<void> {
        window.caretwinGlspSend(JSON.stringify(message));
    }

    end(): void {}
}

/** A flow with an arrowhead at its target, as BPMN draws a sequence flow. */
class FlowView extends GEdgeView {
    protected override renderAdditionals(edge: GEdge, segments: Point[], context: RenderingContext) {
        const additionals = super.renderAdditionals(edge, segments, context);
        const [from, to] = segments.slice(-2);
        if (from && to) {
            const degrees = (Math.atan2(from.y - to.y, from.x - to.x) * 180) / Math.PI;
            additionals.push(
                svg('path', {
                    'class-flow-arrow': true,
                    d: 'M 0,0 L 9,-4.5 L 9,4.5 Z',
                    transform: `rotate(${degrees} ${to.x} ${to.y}) translate(${to.x} ${to.y})`
                })
            );
        }
        return additionals;
    }
}
decorate(injectable(), FlowView);

/** The pathway notation on GLSP's views: lanes as stripes, steps as rounded boxes, events as circles, gateways as diamonds. */
const pathwayDiagramModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
        bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);
        configureDefaultModelElements(context);
        overrideModelElement(context, DefaultTypes.GRAPH, GGraph, GLSPProjectionView);
        const fixed = { disable: [moveFeature, selectFeature, deletableFeature] };
        configureModelElement(context, 'pathway', GNode, RectangularNodeView, fixed);
        configureModelElement(context, 'lane', GNode, RectangularNodeView, fixed);
        configureModelElement(context, 'label:lane', GLabel, GLabelView);
        configureModelElement(context, 'node:task', GNode, RoundedCornerNodeView);
        for (const event of ['start', 'timer', 'boundary', 'end', 'lost']) {
            configureModelElement(context, 'node:' + event, GNode, CircularNodeView);
        }
        configureModelElement(context, 'node:gateway', GNode, DiamondNodeView);
        configureModelElement(context, 'node:decision', GNode, DiamondNodeView);
        configureModelElement(context, 'label:name', GLabel, GLabelView, { enable: [editLabelFeature] });
        configureModelElement(context, 'label:detail', GLabel, GLabelView);
        configureModelElement(context, 'label:share', GLabel, GLabelView);
        configureModelElement(context, 'label:badge', GLabel, GLabelView);
        configureModelElement(context, 'edge:flow', GEdge, FlowView);
    },
    { featureId: Symbol('caretwinPathwayDiagram') }
);

const FIT_ALL = FitToScreenAction.create([], { padding: 20, maxZoom: 1, animate: false });

/** Connects to the workbench's server and shows the pathways of {@code sourceUri}, lanes by {@code lanes}. */
window.caretwinGlspStart = (sourceUri: string, lanes: string) => {
    const connection = createMessageConnection(new WorkbenchReader(), new WorkbenchWriter());
    const client = new BaseJsonrpcGLSPClient({ id: 'caretwin', connectionProvider: connection });
    const container = initializeDiagramContainer(
        new Container(),
        createDiagramOptionsModule({
            clientId: 'sprotty',
            diagramType: 'caretwin-pathway',
            glspClientProvider: async () => client,
            sourceUri
        }),
        pathwayDiagramModule,
        STANDALONE_MODULE_CONFIG
    );
    const dispatcher = container.get<IActionDispatcher>(TYPES.IActionDispatcher);
    // the whole pathway at first sight, as the other page shows it; sprotty draws only what the viewport holds
    container.get(ModelInitializationConstraint).onInitialized(() => dispatcher.dispatch(FIT_ALL));
    container.get(DiagramLoader).load({ requestModelOptions: { lanes } });
    window.caretwinGlspFit = () => dispatcher.dispatch(FIT_ALL);
    window.caretwinGlspTextChanged = () => dispatcher.dispatch({ kind: 'caretwinTextChanged' });
    // the workbench's own commands (and its tests) go through the client like a gesture would
    window.caretwinGlspDispatch = action => dispatcher.dispatch(action);
    // selection both ways: a node selected here selects its step's name in the text, the text's caret selects its node
    container.get(SelectionService).onSelectionChanged(change => window.caretwinGlspSelected?.(change.selectedElements.join('\n')));
    window.caretwinGlspSelect = id => dispatcher.dispatch(SelectAction.setSelection(id === null ? [] : [id]));
};
