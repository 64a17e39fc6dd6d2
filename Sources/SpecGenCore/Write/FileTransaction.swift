import Foundation

/// Replaces and removes files as one step. New contents are staged beside their targets first (a
/// whole new folder as one temporary folder);
/// on commit each existing target is moved aside before its replacement is renamed into place
/// (rename(2) is atomic, so no reader sees a half-written file); a failure part-way moves every
/// original back. The moved-aside originals are deleted only once everything is in place.
struct FileTransaction {
    private struct Replacement {
        var staged: String?
        var target: String
        var backup: String?
        var placed = false
    }

    private var replacements: [Replacement] = []
    private var createdFolders: [String] = []
    private var step = 0
    private let failingAtStep: Int?
    private let manager = FileManager.default

    init(failingAtStep: Int? = nil) {
        self.failingAtStep = failingAtStep
    }

    /// Writes `contents` to a temporary file beside `target`.
    mutating func stage(_ contents: Data, at target: String) throws {
        let folder = (target as NSString).deletingLastPathComponent
        try makeFolder(folder)
        let temporary = folder + "/.specgen-" + UUID().uuidString + ".tmp"
        try advance("write \(temporary)")
        try Self.writeFile(contents, to: temporary)
        replacements.append(Replacement(staged: temporary, target: target))
    }

    /// Writes a folder that does not exist yet (a first generation) as a temporary folder beside
    /// it; commit renames it into place in one step instead of one rename per file.
    mutating func stageNewFolder(_ files: [(path: String, contents: Data)], at target: String) throws {
        let parent = (target as NSString).deletingLastPathComponent
        try makeFolder(parent)
        let temporary = parent + "/.specgen-" + UUID().uuidString + ".tmp"
        try advance("create \(temporary)")
        try manager.createDirectory(atPath: temporary, withIntermediateDirectories: false)
        replacements.append(Replacement(staged: temporary, target: target))
        // Files by folder, each folder's in plan order.
        var folders: [String: [Int]] = [:]
        for (index, file) in files.enumerated() {
            folders[((temporary + "/" + file.path) as NSString).deletingLastPathComponent, default: []].append(index)
        }
        for folder in folders.keys where folder != temporary {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        // Creating a file is mostly the kernel's work, done under its folder's lock: one writer per
        // folder (Models, Operations, …) spreads it over the cores without two writers contending
        // for one folder's lock (which, after many recent deletions, they spin on).
        let groups = folders.keys.sorted().map { folders[$0]! }
        let failing = failingAtStep.map { $0 - step - 1 }
        step += files.count
        let failures = concurrentMap(count: groups.count) { group -> Diagnostic? in
            for index in groups[group] {
                let path = temporary + "/" + files[index].path
                do {
                    if index == failing { throw Diagnostic.error("cannot write \(path): injected failure", at: nil) }
                    try Self.writeFile(files[index].contents, to: path)
                } catch {
                    return error as? Diagnostic ?? Diagnostic.error("cannot write \(path): \(error)", at: nil)
                }
            }
            return nil
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
    }

    /// Makes `folder` if it is missing, remembering the outermost folder made to take it away again
    /// on rollback.
    private mutating func makeFolder(_ folder: String) throws {
        guard !manager.fileExists(atPath: folder) else { return }
        var outermost = folder
        while case let parent = (outermost as NSString).deletingLastPathComponent, parent != outermost,
              !manager.fileExists(atPath: parent) {
            outermost = parent
        }
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        createdFolders.append(outermost)
    }

    /// Marks `target` for removal on commit.
    mutating func stageRemoval(of target: String) throws {
        replacements.append(Replacement(staged: nil, target: target))
    }

    mutating func commit() throws {
        for index in replacements.indices {
            let target = replacements[index].target
            if manager.fileExists(atPath: target) {
                let backup = (target as NSString).deletingLastPathComponent + "/.specgen-backup-" + UUID().uuidString
                try advance("move aside \(target)")
                try move(target, to: backup)
                replacements[index].backup = backup
            }
            if let staged = replacements[index].staged {
                try advance("replace \(target)")
                try move(staged, to: target)
                replacements[index].placed = true
            }
        }
        for replacement in replacements {
            if let backup = replacement.backup { try? manager.removeItem(atPath: backup) }
        }
        replacements.removeAll()
    }

    /// Puts every original back and deletes what was staged or placed.
    mutating func rollBack() {
        for replacement in replacements.reversed() {
            if replacement.placed { try? manager.removeItem(atPath: replacement.target) }
            if let backup = replacement.backup { _ = rename(backup, replacement.target) }
            if let staged = replacement.staged, !replacement.placed { try? manager.removeItem(atPath: staged) }
        }
        for folder in createdFolders.reversed() {
            // Only folders this transaction made; everything staged in them is gone by now.
            try? manager.removeItem(atPath: folder)
        }
        replacements.removeAll()
    }

    /// Writes a new file with plain write(2) calls. Foundation's `Data.write(to:)` also calls
    /// fsync(2) on Linux: once per generated file, that was most of a generation's wall-clock
    /// time. Generated files can always be generated again, and the rename on commit is what
    /// keeps readers from seeing half a file, so waiting for the disk buys nothing here.
    private static func writeFile(_ contents: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw Diagnostic.error("cannot write \(path): \(String(cString: strerror(errno)))", at: nil)
        }
        var failure: Int32 = 0
        contents.withUnsafeBytes { bytes in
            guard let start = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, start + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        guard failure == 0 else {
            throw Diagnostic.error("cannot write \(path): \(String(cString: strerror(failure)))", at: nil)
        }
    }

    private func move(_ source: String, to destination: String) throws {
        guard rename(source, destination) == 0 else {
            throw Diagnostic.error("cannot move \(source) to \(destination): \(String(cString: strerror(errno)))", at: nil)
        }
    }

    /// Counts file operations; the injected failure stands in for a full disk or a lost permission.
    private mutating func advance(_ operation: String) throws {
        step += 1
        if step == failingAtStep {
            throw Diagnostic.error("cannot \(operation): injected failure", at: nil)
        }
    }
}
