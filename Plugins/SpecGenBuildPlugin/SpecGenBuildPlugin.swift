import Foundation
import PackagePlugin

/// Generates a target's Swift client at build time, for packages that do not commit generated code.
///
/// Put a `specgen.yaml` in the target's folder:
///
///     spec: ../../specs/petstore.yaml     # contract file, relative to this file (repeat the key for more)
///     module: Petstore                    # optional: the name used for generated types; default: the target's
///     validation: false                   # optional: leave constraint checks out
///     include: Pets_Get                   # optional: only these operations or groups (repeat the key)
///     access: internal                    # optional: keep the generated API inside the target
///
/// The plugin runs `specgen generate --single-file` into its work folder on every change of the
/// config or the contract files it names.
@main
struct SpecGenBuildPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let configURL = target.directoryURL.appending(path: "specgen.yaml")
        guard FileManager.default.fileExists(atPath: configURL.path) else {
            Diagnostics.error("SpecGenBuildPlugin: \(target.name) has no specgen.yaml (with `spec: path/to/contract.yaml`)")
            return []
        }
        let config = try PluginConfig(contentsOf: configURL)
        guard !config.specs.isEmpty else {
            Diagnostics.error("\(configURL.path): needs at least one `spec:` line")
            return []
        }
        let specs = config.specs.map { URL(fileURLWithPath: $0, relativeTo: target.directoryURL).standardizedFileURL }
        let module = config.module ?? target.name
        let output = context.pluginWorkDirectoryURL.appending(path: "\(module).generated.swift")
        var arguments = ["generate", "--module", module, "--single-file", output.path]
        for spec in specs { arguments += ["--spec", spec.path] }
        if !config.validation { arguments.append("--no-validation") }
        for name in config.include { arguments += ["--include", name] }
        if let access = config.access { arguments += ["--access", access] }
        return [.buildCommand(
            displayName: "specgen: generating \(module) from \(specs.map(\.lastPathComponent).joined(separator: ", "))",
            executable: try context.tool(named: "specgen").url,
            arguments: arguments,
            inputFiles: [configURL] + specs,
            outputFiles: [output])]
    }
}

/// The few keys of a plugin `specgen.yaml`, read without a YAML library (plugins cannot have one).
struct PluginConfig {
    var specs: [String] = []
    var module: String?
    var validation = true
    var include: [String] = []
    var access: String?

    init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        for rawLine in text.split(separator: "\n") {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            let value = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "'\""))
            switch parts[0] {
            case "spec": specs.append(value)
            case "module": module = value
            case "validation": validation = value != "false"
            case "include": include.append(value)
            case "access": access = value
            default: break
            }
        }
    }
}
