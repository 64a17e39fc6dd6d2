import Foundation

/// Lexical path arithmetic for contract files, as RFC 3986 resolves a relative reference against
/// its base (and AutoRest resolves `$ref`s): `..` after a symlinked folder is the link's parent.
/// `URL(fileURLWithPath:relativeTo:).standardizedFileURL` gives the same for paths without
/// symlinks (it resolves them when a path has `..`), at the cost of building URLs: a contract
/// names a file per example and per cross-file `$ref`, and that was a tenth of parsing a contract.
enum FilePaths {
    /// `path` against `directory` (unless absolute; a relative `directory` is taken from the working
    /// directory), with `.` and `..` segments and repeated or trailing slashes removed. `..` above
    /// the root stays at the root, as in URL standardization.
    static func resolve(_ path: String, against directory: String) -> String {
        var joined = path.hasPrefix("/") ? path : directory + "/" + path
        if !joined.hasPrefix("/") { joined = FileManager.default.currentDirectoryPath + "/" + joined }
        // By bytes: `String.split` walks grapheme clusters, which made this slower than URL.
        var kept: [ArraySlice<UInt8>] = []
        for segment in Array(joined.utf8).split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true) {
            if segment.elementsEqual(".".utf8) { continue }
            if segment.elementsEqual("..".utf8) { _ = kept.popLast(); continue }
            kept.append(segment)
        }
        var path: [UInt8] = []
        path.reserveCapacity(joined.utf8.count)
        for segment in kept {
            path.append(UInt8(ascii: "/"))
            path.append(contentsOf: segment)
        }
        return path.isEmpty ? "/" : String(decoding: path, as: UTF8.self)
    }

    /// The folder a file is in (`/a/b.yaml` → `/a`).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
