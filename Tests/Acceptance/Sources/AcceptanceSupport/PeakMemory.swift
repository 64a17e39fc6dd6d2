import Foundation

/// The process's peak resident memory (Linux `VmHWM`), reset before a measured transfer, so a
/// test can show that a download or upload of gigabytes never held its body whole.
public enum PeakMemory {
    /// Resets the peak to the current resident size (`/proc/self/clear_refs`, Linux 4.0+).
    /// Returns false where that is not possible (then `bytes` keeps the peak since start).
    @discardableResult
    public static func reset() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        return (try? handle.write(contentsOf: Data("5".utf8))) != nil
    }

    /// Peak resident bytes since the last reset; nil where /proc is not there.
    public static var bytes: Int? { field("VmHWM:") }

    /// Current resident bytes; nil where /proc is not there.
    public static var residentBytes: Int? { field("VmRSS:") }

    private static func field(_ name: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name) }),
              let kilobytes = Int(line.dropFirst(name.count).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "")
        else { return nil }
        return kilobytes * 1024
    }
}
