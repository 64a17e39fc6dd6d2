import Foundation

/// Composes the files a contract file names in `$ref`s (`../common-types/.../types.yaml#/...`) on
/// other cores while the file itself is composed: the parser needs them right after, and composing
/// them one by one on demand kept a core idle. Only a guess from the text: a file that is missing or
/// does not compose is not kept, and its first `$ref` loads it (and reports it) as before. Only
/// regular files up to `maximumSize` are read: a guess must never block on a pipe or device
/// (`/dev/stdin#/x` in a description) or spend long on a file the contract may not use.
final class ReferencedFilePrefetch: @unchecked Sendable {
    private let group = DispatchGroup()
    private let lock = NSLock()
    // Guarded by `lock`.
    private var composed: [SpecDocument] = []

    static let maximumSize = 16 << 20

    init(paths: [String], compose: @escaping @Sendable (String) -> SpecDocument?) {
        for path in paths where Self.isSmallRegularFile(path) {
            DispatchQueue.global().async(group: group) { [self] in
                guard let document = compose(path) else { return }
                lock.withLock { composed.append(document) }
            }
        }
    }

    private static func isSmallRegularFile(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        return (status.st_mode & S_IFMT) == S_IFREG && status.st_size <= maximumSize
    }

    /// The files that composed, once all are done.
    func documents() -> [SpecDocument] {
        group.wait()
        return lock.withLock { composed }
    }

    /// Absolute paths of the other files `$ref`s name with a JSON pointer (`file#/pointer`), in the
    /// order first named. References without a pointer are left out: they are examples
    /// (`./examples/Get.json`), which generation does not read.
    static func paths(in data: Data, directory: String) -> [String] {
        var found: [String] = []
        var seen = Set<String>()
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let quotes: [UInt8] = [UInt8(ascii: "\""), UInt8(ascii: "'")]
            let valueEnds = Array("\"'#\n\r ,}".utf8)
            var index = 0
            while let dollar = bytes.offset(of: UInt8(ascii: "$"), from: index) {
                index = dollar + 1
                guard index + 3 <= bytes.count, bytes[index] == UInt8(ascii: "r"), bytes[index + 1] == UInt8(ascii: "e"),
                      bytes[index + 2] == UInt8(ascii: "f") else { continue }
                index += 3
                // `$ref: value`, `"$ref": "value"`, `'$ref': 'value'`.
                while index < bytes.count, quotes.contains(bytes[index]) || bytes[index] == UInt8(ascii: ":") || bytes[index] == UInt8(ascii: " ") {
                    index += 1
                }
                let start = index
                while index < bytes.count, !valueEnds.contains(bytes[index]) { index += 1 }
                guard index < bytes.count, bytes[index] == UInt8(ascii: "#"), index > start else { continue }
                let file = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                // A contract names a few files hundreds of times: each is resolved once.
                guard seen.insert(file).inserted, !file.contains("://") else { continue }
                let path = FilePaths.resolve(file, against: directory)
                if !found.contains(path) { found.append(path) }
            }
        }
        return found
    }
}
