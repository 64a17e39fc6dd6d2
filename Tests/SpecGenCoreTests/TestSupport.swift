import Foundation
@testable import SpecGenCore

/// The package root, found from this file (Tests/SpecGenCoreTests/TestSupport.swift).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

/// A scratch folder that removes itself.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-tests-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ name: String, _ contents: String) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// Every file below the folder with its bytes, to prove an operation left it untouched.
    func snapshot() -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: path)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[relative] = FileManager.default.contents(atPath: path + "/" + relative)
            }
        }
        return result
    }
}

/// Generates a small contract given as YAML text; returns the rendered files by path.
func generate(_ yaml: String, module: String = "Snippet", validation: Bool = true, extraFiles: [String: String] = [:]) throws -> [String: String] {
    let folder = try TemporaryFolder()
    let spec = try folder.write("spec.yaml", yaml)
    for (name, contents) in extraFiles { try folder.write(name, contents) }
    let pipeline = GeneratorPipeline(specPaths: [spec], options: GenerationOptions(moduleName: module, validation: validation),
                                     outputDirectory: folder.path + "/out", displayRoot: folder.path)
    let result = try pipeline.run()
    return Dictionary(uniqueKeysWithValues: result.plans[0].files.map { ($0.path, $0.contents) })
}

/// The body of a generated file without its header and imports.
func body(_ file: String?) -> String {
    guard let file else { return "<no such file>" }
    let lines = file.split(separator: "\n", omittingEmptySubsequences: false)
    guard let start = lines.firstIndex(where: { !$0.hasPrefix("// ") && !$0.hasPrefix("import ") && !$0.isEmpty }) else { return "" }
    return lines[start...].joined(separator: "\n")
}

/// A minimal Swagger 2.0 document; `definitions` and `paths` are YAML indented by two spaces.
func contract(definitions: String, paths: String = "") -> String {
    "swagger: '2.0'\ninfo:\n  title: Snippet\n  version: '2030-01-01'\nhost: management.azure.com\n"
        + "securityDefinitions:\n  azure_auth:\n    type: oauth2\n"
        + (paths.isEmpty ? "paths: {}\n" : "paths:\n" + paths + "\n")
        + "definitions:\n" + definitions + "\n"
}
