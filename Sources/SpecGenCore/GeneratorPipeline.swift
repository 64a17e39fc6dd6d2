import Foundation

/// The whole generator in one place: load → resolve → parse → lower → render → write.
/// Every stage is a folder of this target; each can be run and tested on its own.
public struct GeneratorPipeline {
    public struct Result: Sendable {
        public var module: SwiftModule
        public var plans: [OutputPlan]
        public var warnings: [Diagnostic]

        public var fileCount: Int { plans.reduce(0) { $0 + $1.files.count } }

        /// `specgen: 66 operations, 176 models, 60 enums -> Generated/X (240 files)`
        public func summary(outputName: String) -> String {
            var models = 0, enums = 0
            for type in module.types {
                switch type {
                case .enumeration: enums += 1
                default: models += 1
                }
            }
            return "specgen: \(module.operationCount) operations, \(models) models, \(enums) enums -> \(outputName) (\(fileCount) files)"
        }
    }

    public var specPaths: [String]
    public var options: GenerationOptions
    public var outputDirectory: String
    public var exampleTestsDirectory: String?
    /// Also write a test that runs the examples through the client against specgen-mock.
    public var liveExamples: Bool
    /// Write the module as this one file instead of a folder (build-tool plugins).
    public var singleFile: String?
    /// Spec paths in headers and diagnostics are shown relative to this folder.
    public var displayRoot: String

    public init(specPaths: [String], options: GenerationOptions, outputDirectory: String,
                exampleTestsDirectory: String? = nil, liveExamples: Bool = false,
                displayRoot: String = FileManager.default.currentDirectoryPath) {
        self.liveExamples = liveExamples
        self.specPaths = specPaths
        self.options = options
        self.outputDirectory = outputDirectory
        self.exampleTestsDirectory = exampleTestsDirectory
        self.displayRoot = displayRoot
    }

    /// Runs load, resolve, parse, lower and render; writes nothing (`OutputWriter.write` does).
    public func run() throws -> Result {
        let log = DiagnosticLog()
        let loaded = try Self.load(specPaths, displayRoot: displayRoot)
        let contract = try Self.parse(loaded)
        let module = try Self.lower(contract, options: options, log: log)
        let contractFiles = loaded.paths
        // Rendering reads only the Swift module: the file trees and the contract model are freed beside it.
        Retirement.release((consume loaded, consume contract))
        return Result(module: module, plans: render(module, contractFiles: contractFiles), warnings: log.warnings)
    }

    // MARK: Stages

    /// The contract's files as loaded, with the resolver that follows their `$ref`s.
    public struct LoadedContract {
        /// Absolute paths of the given files (folders expanded).
        public let paths: [String]
        public let documents: [SpecDocument]
        let resolver: ReferenceResolver
    }

    /// Load: reads the contract files (a folder stands for the files in it).
    public static func load(_ specPaths: [String], displayRoot: String) throws -> LoadedContract {
        let loader = SpecLoader(workingDirectory: displayRoot)
        let paths = try expand(specPaths, relativeTo: displayRoot)
        let documents = try paths.map { try loader.load(path: $0) }
        return LoadedContract(paths: paths, documents: documents, resolver: ReferenceResolver(loader: loader))
    }

    /// Resolve and parse: the typed contract model.
    public static func parse(_ loaded: LoadedContract) throws -> Contract {
        try ContractParser.parse(loaded.documents, resolver: loaded.resolver)
    }

    /// Lower: the Swift declarations to emit.
    public static func lower(_ contract: Contract, options: GenerationOptions, log: DiagnosticLog) throws -> SwiftModule {
        try ContractLowering.lower(contract, options: options, log: log)
    }

    /// Render: the files of the module (and of its example tests), by output folder.
    public func render(_ module: SwiftModule, contractFiles: [String]) -> [OutputPlan] {
        let renderer = ModuleRenderer(module: module)
        var plans = [OutputPlan(directory: outputDirectory, files: renderer.render())]
        if let singleFile {
            // One file for build-tool plugins, whose outputs must be named before generation runs.
            plans = [OutputPlan(directory: (singleFile as NSString).deletingLastPathComponent,
                                files: [renderer.combine(plans[0].files, named: (singleFile as NSString).lastPathComponent)],
                                ownsDirectory: false)]
        }
        if let exampleTestsDirectory {
            plans.append(OutputPlan(directory: exampleTestsDirectory,
                                    files: ExampleTestRenderer(module: module, testDirectory: exampleTestsDirectory,
                                                               liveSpecPaths: liveExamples ? contractFiles : nil).render()))
        }
        return plans
    }

    /// Load, resolve and parse: the contract as a typed model (what `diff` reads).
    public static func contract(specPaths: [String], displayRoot: String = FileManager.default.currentDirectoryPath) throws -> Contract {
        try parse(load(specPaths, displayRoot: displayRoot))
    }

    /// Load, resolve, parse and lower: the module to emit, without rendering it (`diff`, the mock).
    public static func module(specPaths: [String], options: GenerationOptions,
                              displayRoot: String = FileManager.default.currentDirectoryPath) throws -> SwiftModule {
        try lower(contract(specPaths: specPaths, displayRoot: displayRoot), options: options, log: DiagnosticLog())
    }

    /// A folder stands for the contract files directly inside it, in name order.
    static func expand(_ paths: [String], relativeTo root: String) throws -> [String] {
        var result: [String] = []
        for path in paths {
            let absolute = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: root, isDirectory: true)).standardizedFileURL.path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
                throw Diagnostic.error("contract '\(path)' does not exist", at: nil)
            }
            if isDirectory.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: absolute)
                    .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") }
                    .sorted()
                guard !names.isEmpty else { throw Diagnostic.error("folder '\(path)' holds no contract file", at: nil) }
                result += names.map { absolute + "/" + $0 }
            } else {
                result.append(absolute)
            }
        }
        return result
    }
}
