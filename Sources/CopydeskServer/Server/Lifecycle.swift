import ArticleAnalysis
import CorpusAnalysis
import Foundation
import JSONRPC
import LanguageServerProtocol

/// A workspace folder and the settings that apply under it.
struct WorkspaceRoot: Sendable {
    var uri: String
    var path: String
    /// The folder with symlinks resolved; files must resolve inside it.
    var realPath: String
    /// `.copydesk.json` merged with the editor's settings.
    var configuration: CopydeskConfiguration

    func contains(_ path: String) -> Bool {
        path == self.path || path.hasPrefix(self.path.hasSuffix("/") ? self.path : self.path + "/")
            || path == realPath || path.hasPrefix(realPath + "/")
    }

    func relativePath(_ path: String) -> String {
        for base in [self.path, realPath] where path.hasPrefix(base + "/") {
            return String(path.dropFirst(base.count + 1))
        }
        return (path as NSString).lastPathComponent
    }
}

extension CopydeskServer {
    func registerHandlers() {
        onRequest("initialize", InitializeParams.self) { [unowned self] params, _ in initialize(params) }
        onRequest("shutdown", JSONValue?.self) { [unowned self] _, _ -> JSONValue? in
            lifecycle = .shutDown
            for job in analysisJobs.values { job.cancel() }
            analysisJobs = [:]
            for key in Array(waitingDocumentPulls.keys) { answerWaitingDocumentPulls(key) }
            return nil
        }
        onNotification("initialized", JSONValue?.self) { [unowned self] _ in initialized() }
        onNotification("$/setTrace", SetTraceParams.self) { [unowned self] params in trace = params.value }
        registerDocumentHandlers()
        registerWorkspaceHandlers()
        registerDiagnosticHandlers()
        registerFeatureHandlers()
    }

    func initialize(_ params: InitializeParams) -> InitializeResult {
        client = ClientCapabilities(params.capabilities)
        encoding = client.preferredEncoding
        trace = params.trace ?? "off"
        if let options = params.initializationOptions, !options.isNull {
            editorSettings = options["settings"] ?? options
        }
        var folders = params.workspaceFolders ?? []
        if folders.isEmpty, let uri = params.rootUri {
            folders = [WorkspaceFolder(uri: uri, name: (FileURI.path(uri) ?? uri))]
        } else if folders.isEmpty, let path = params.rootPath {
            folders = [WorkspaceFolder(uri: FileURI.uri(path: path), name: path)]
        }
        // Running from here: problems found while reading the folders' settings may be shown
        // (window/showMessage is allowed before the initialize response).
        lifecycle = .running
        roots = folders.compactMap(makeRoot)
        let clientName = params.clientInfo.map { "\($0.name) \($0.version ?? "")" } ?? "an unnamed client"
        log("initialized by \(clientName); position encoding \(encoding.rawValue); \(roots.count) workspace folder(s)")
        log.forward(to: { [weak self] level, message in
            guard let self else { return }
            self.sendNotification("window/logMessage", LogMessageParams(type: level.rawValue, message: message))
        })
        return InitializeResult(capabilities: capabilities(), serverInfo: ServerInfo(name: "copydesk", version: CopydeskServer.version))
    }

    func capabilities() -> ServerCapabilities {
        var c = ServerCapabilities()
        c.positionEncoding = encoding.rawValue
        c.textDocumentSync = TextDocumentSyncOptions(openClose: true, change: 2, save: .init(includeText: false))
        if client.pullDiagnostics {
            c.diagnosticProvider = DiagnosticOptions(identifier: "copydesk", interFileDependencies: true, workspaceDiagnostics: true)
        }
        c.hoverProvider = true
        c.definitionProvider = true
        c.referencesProvider = true
        c.documentHighlightProvider = true
        c.workspace = ["workspaceFolders": ["supported": true, "changeNotifications": true]]
        contributeQuoteCapabilities(&c)
        contributeTimeCapabilities(&c)
        contributeEntityCapabilities(&c)
        contributePresentationCapabilities(&c)
        return c
    }

    func makeRoot(_ folder: WorkspaceFolder) -> WorkspaceRoot? {
        guard let path = FileURI.path(folder.uri) else {
            log("workspace folder \(folder.uri) is not a file: URI; ignored", level: .warning)
            return nil
        }
        guard let real = FileSystem.realPath(path), FileSystem.isDirectory(real) else {
            log("workspace folder \(path) is not a directory; ignored", level: .warning)
            return nil
        }
        var root = WorkspaceRoot(uri: folder.uri, path: path, realPath: real, configuration: CopydeskConfiguration())
        root.configuration = loadConfiguration(root)
        return root
    }

    /// Defaults, then the root's `.copydesk.json`, then the editor's settings.
    func loadConfiguration(_ root: WorkspaceRoot) -> CopydeskConfiguration {
        var config = CopydeskConfiguration()
        let file = root.realPath + "/" + CopydeskConfiguration.fileName
        if FileSystem.exists(file) {
            switch FileSystem.readArticle(file, limit: 1 << 20) {
            case .success(let text):
                let (parsed, problems) = CopydeskConfiguration.parse(text, origin: file)
                config = parsed
                report(problems)
            case .failure(let error):
                report(["\(file): \(error); using defaults"])
            }
        }
        if !editorSettings.isNull { report(config.merge(editorSettings, origin: "editor settings (copydesk)")) }
        return config
    }

    func report(_ problems: [String]) {
        for p in problems {
            log(p, level: .warning)
            if lifecycle == .running { sendNotification("window/showMessage", ShowMessageParams(type: 2, message: "Copydesk: \(p)")) }
        }
    }

    func initialized() {
        if client.watchedFilesDynamicRegistration {
            let watchers: JSONValue = .array(
                (["**/*.{md,markdown,txt,article}", "**/" + CopydeskConfiguration.fileName] as [String]).map { ["globPattern": .string($0)] })
            let registration = Registration(id: "copydesk-watch-files", method: "workspace/didChangeWatchedFiles", registerOptions: ["watchers": watchers])
            sendRequest("client/registerCapability", RegistrationParams(registrations: [registration])) { [unowned self] result in
                if case .failure(let error) = result { log("file watching not registered: \(error.message)", level: .warning) }
            }
        }
        if client.configuration {
            fetchConfiguration()
        } else {
            startIndexing()
        }
    }

    /// Asks the client for the `copydesk` settings section, applies it, and (re)indexes.
    func fetchConfiguration() {
        sendRequest("workspace/configuration", ConfigurationParams(items: [ConfigurationItem(scopeUri: nil, section: "copydesk")])) {
            [unowned self] result in
            switch result {
            case .success(let value):
                if let first = value.arrayValue?.first, !first.isNull { editorSettings = first }
            case .failure(let error):
                log("workspace/configuration failed: \(error.message)", level: .warning)
            }
            for i in roots.indices { roots[i].configuration = loadConfiguration(roots[i]) }
            startIndexing()
        }
    }
}
