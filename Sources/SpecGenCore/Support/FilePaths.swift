import Foundation

/// Lexical path arithmetic for contract files: what `URL(fileURLWithPath:relativeTo:).standardizedFileURL.path`
/// gives, without building URLs. A contract names a file per example and per cross-file `$ref`, and
/// Foundation's URL parsing of each was a tenth of parsing a contract.
enum FilePaths {
    /// `path` against `directory` (unless absolute; a relative `directory` is taken from the working
    /// directory), with `.` and `..` segments and repeated or trailing slashes removed. `..` above
    /// the root stays at the root, as in URL standardization.
    static func resolve(_ path: String, against directory: String) -> String {
        var joined = path.hasPrefix("/") ? path : directory + "/" + path
        if !joined.hasPrefix("/") { joined = FileManager.default.currentDirectoryPath + "/" + joined }
        var segments: [Substring] = []
        for segment in joined.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        return "/" + segments.joined(separator: "/")
    }

    /// The folder a file is in (`/a/b.yaml` → `/a`).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
