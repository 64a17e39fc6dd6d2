import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-code [specgen generate options]`:
/// regenerates the modules of the package's `specs/specgen.yaml` into the package (for packages
/// that commit generated code). Arguments go to `specgen generate`, e.g. `--check` or `--config`.
@main
struct SpecGenCommandPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "specgen")
        let process = Process()
        process.executableURL = tool.url
        process.arguments = ["generate"] + arguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            Diagnostics.error("specgen generate failed (exit \(process.terminationStatus))")
            throw ExitStatus(code: process.terminationStatus)
        }
    }
}

struct ExitStatus: Error, CustomStringConvertible {
    let code: Int32
    var description: String { "specgen exited with status \(code)" }
}
