import Foundation
import Yams

/// `specs/specgen.yaml`: the modules `specgen generate` regenerates. Paths are relative to the
/// config file, so a version bump is a one-line edit of `spec`.
public struct GeneratorConfig: Sendable {
    public struct Module: Sendable {
        public var name: String
        /// Contract files or folders (every `.yaml`/`.json` directly inside), absolute.
        public var specs: [String]
        public var output: String
        public var exampleTests: String?
        /// Example tests also call the client against specgen-mock (the test target then needs SpecGenMock).
        public var liveExamples: Bool
        public var validation: Bool
        /// Only these operations or groups (`include:`), and what they reach.
        public var include: [String]
        public var access: GenerationOptions.Access
    }

    public var path: String
    public var modules: [Module]

    /// The folder paths in the config are relative to (and diagnostics are shown from).
    public var root: String { (path as NSString).deletingLastPathComponent }

    /// The one mapping of a config's modules to pipelines (the CLI and the mock both use it);
    /// command-line choices given here override the config's.
    public func pipelines(validation: Bool = true, include: [String] = [], access: GenerationOptions.Access? = nil,
                          liveExamples: Bool = false) -> [GeneratorPipeline] {
        modules.map { module in
            GeneratorPipeline(
                specPaths: module.specs,
                options: GenerationOptions(moduleName: module.name, validation: module.validation && validation,
                                           include: include.isEmpty ? module.include : include, access: access ?? module.access),
                outputDirectory: module.output, exampleTestsDirectory: module.exampleTests,
                liveExamples: module.liveExamples || liveExamples, displayRoot: root)
        }
    }

    public static let defaultPath = "specs/specgen.yaml"

    public static func load(path: String) throws -> GeneratorConfig {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let loader = SpecLoader(workingDirectory: FileManager.default.currentDirectoryPath)
        let document = try loader.load(path: url.path)
        let directory = url.deletingLastPathComponent()
        func absolute(_ relative: String) -> String {
            URL(fileURLWithPath: relative, relativeTo: directory).standardizedFileURL.path
        }
        guard let entries = document.root["modules"] else {
            throw Diagnostic.error("config has no 'modules' list", at: document.root.location)
        }
        var modules: [Module] = []
        for entry in entries.items {
            guard let name = entry.string("module") else {
                throw Diagnostic.error("module entry needs 'module' (the Swift module name)", at: entry.location)
            }
            let specNode = entry["spec"]
            let specs = specNode?.scalarText.map { [$0] } ?? specNode?.items.compactMap(\.scalarText) ?? []
            guard !specs.isEmpty else { throw Diagnostic.error("module '\(name)' needs 'spec'", at: entry.location) }
            guard let output = entry.string("output") else {
                throw Diagnostic.error("module '\(name)' needs 'output'", at: entry.location)
            }
            modules.append(Module(
                name: name, specs: specs.map(absolute), output: absolute(output),
                exampleTests: entry.string("exampleTests").map(absolute),
                liveExamples: entry.bool("liveExamples"),
                validation: entry["validation"]?.scalarText.map { $0 != "false" } ?? true,
                include: entry["include"].map { $0.scalarText.map { [$0] } ?? $0.items.compactMap(\.scalarText) } ?? [],
                access: try access(entry["access"], module: name)))
        }
        return GeneratorConfig(path: url.path, modules: modules)
    }

    private static func access(_ node: SpecNode?, module: String) throws -> GenerationOptions.Access {
        guard let node else { return .public }
        guard let text = node.scalarText, let access = GenerationOptions.Access(rawValue: text) else {
            throw Diagnostic.error("module '\(module)': access is 'public' or 'internal'", at: node.location)
        }
        return access
    }
}
