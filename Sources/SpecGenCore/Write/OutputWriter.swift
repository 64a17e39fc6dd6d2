import Foundation

/// The files one module (or its example tests) should consist of, in one output folder.
public struct OutputPlan: Sendable {
    public var directory: String
    public var files: [GeneratedFile]
    /// Whether the folder is the module's own, so generated files the plan no longer has are
    /// removed. A single file written into a shared folder leaves its neighbours alone.
    public var ownsDirectory: Bool

    public init(directory: String, files: [GeneratedFile], ownsDirectory: Bool = true) {
        self.directory = directory
        self.files = files
        self.ownsDirectory = ownsDirectory
    }
}

/// What writing a plan changes (or, for `--check`, would change).
public struct OutputChanges: Sendable {
    public var written: [String] = []
    public var removed: [String] = []
    /// Files in an output folder without the generator's header: never touched, only reported.
    public var foreign: [String] = []
    public var diff = ""

    public var isEmpty: Bool { written.isEmpty && removed.isEmpty }
}

/// Write stage. Replaces or removes only files that carry the generator's header; stages each file
/// beside its target (a new output folder as a whole) and renames it into place, and checks every
/// plan before writing anything.
public enum OutputWriter {
    /// `withDiff`: also make the unified diff (`--check` prints it); writing does without.
    public static func changes(for plans: [OutputPlan], withDiff: Bool = true) throws -> OutputChanges {
        var changes = OutputChanges()
        for plan in plans {
            let existing = plan.ownsDirectory
                ? try existingFiles(in: plan.directory)
                : Dictionary(uniqueKeysWithValues: plan.files.compactMap { file in
                    FileManager.default.contents(atPath: plan.directory + "/" + file.path).map { (file.path, String(decoding: $0, as: UTF8.self)) }
                })
            let planned = Set(plan.files.map(\.path))
            for file in plan.files {
                let target = plan.directory + "/" + file.path
                let current = existing[file.path]
                if let current, !ModuleRenderer.isGenerated(current) {
                    throw Diagnostic.error("\(target) exists and was not written by specgen; move it away or rename the type", at: nil)
                }
                if current != file.contents {
                    changes.written.append(target)
                    guard withDiff else { continue }
                    changes.diff += UnifiedDiff.make(old: current ?? "", new: file.contents,
                                                     oldName: current == nil ? "/dev/null" : "a/" + target, newName: "b/" + target)
                }
            }
            for (path, contents) in existing.sorted(by: { $0.key < $1.key }) where !planned.contains(path) {
                let target = plan.directory + "/" + path
                if ModuleRenderer.isGenerated(contents) {
                    changes.removed.append(target)
                    guard withDiff else { continue }
                    changes.diff += UnifiedDiff.make(old: contents, new: "", oldName: "a/" + target, newName: "/dev/null")
                } else {
                    changes.foreign.append(target)
                }
            }
        }
        return changes
    }

    /// Applies the plans; returns what changed. All or nothing: when any step fails, every file
    /// already replaced or removed is put back, so the output folders are exactly as they were.
    @discardableResult
    public static func write(_ plans: [OutputPlan]) throws -> OutputChanges {
        try write(plans, failingAtStep: nil)
    }

    /// `failingAtStep`: tests make the n-th file operation fail, to prove the rollback.
    static func write(_ plans: [OutputPlan], failingAtStep failingStep: Int?) throws -> OutputChanges {
        let changes = try changes(for: plans, withDiff: false)
        let written = Set(changes.written)
        var transaction = FileTransaction(failingAtStep: failingStep)
        do {
            for plan in plans {
                if plan.ownsDirectory, !FileManager.default.fileExists(atPath: plan.directory) {
                    try transaction.stageNewFolder(plan.files.map { ($0.path, Data($0.contents.utf8)) }, at: plan.directory)
                    continue
                }
                for file in plan.files where written.contains(plan.directory + "/" + file.path) {
                    try transaction.stage(Data(file.contents.utf8), at: plan.directory + "/" + file.path)
                }
            }
            for path in changes.removed { try transaction.stageRemoval(of: path) }
            try transaction.commit()
        } catch {
            transaction.rollBack()
            if let diagnostic = error as? Diagnostic { throw diagnostic }
            throw Diagnostic.error("cannot write output: \(error.localizedDescription)", at: nil)
        }
        return changes
    }

    /// The `.swift` files under a folder, and the Markdown files of its DocC catalogs, by relative path.
    static func existingFiles(in directory: String) throws -> [String: String] {
        var result: [String: String] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return result }
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".swift") || (relative.hasSuffix(".md") && relative.contains(".docc/")) else { continue }
            let data = FileManager.default.contents(atPath: directory + "/" + relative) ?? Data()
            result[relative] = String(decoding: data, as: UTF8.self)
        }
        return result
    }
}
