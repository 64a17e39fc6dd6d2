import Foundation

/// `specgen diff OLD NEW`: what changed between two versions of a contract, on the wire (rules
/// 1000–1050, direction-aware) and in the generated Swift API.
public struct ContractDiff {
    public var oldSpecs: [String]
    public var newSpecs: [String]
    public var displayRoot: String

    public init(oldSpecs: [String], newSpecs: [String], displayRoot: String = FileManager.default.currentDirectoryPath) {
        self.oldSpecs = oldSpecs
        self.newSpecs = newSpecs
        self.displayRoot = displayRoot
    }

    public func run() throws -> ContractDiffReport {
        let old = try GeneratorPipeline.contract(specPaths: oldSpecs, displayRoot: displayRoot)
        let new = try GeneratorPipeline.contract(specPaths: newSpecs, displayRoot: displayRoot)
        var comparer = ContractComparer(old: old, new: new)
        comparer.compare()
        let swiftChanges = SwiftAPIComparison.compare(old: try lowered(oldSpecs), new: try lowered(newSpecs))
        return ContractDiffReport(oldVersion: old.version ?? "?", newVersion: new.version ?? "?",
                                  changes: comparer.changes, swiftChanges: swiftChanges)
    }

    /// The Swift declarations a contract gives (lowered, not rendered).
    private func lowered(_ specs: [String]) throws -> SwiftModule {
        try GeneratorPipeline.module(specPaths: specs, options: GenerationOptions(moduleName: "Contract"), displayRoot: displayRoot)
    }
}
