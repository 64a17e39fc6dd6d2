import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A loopback HTTP/1.1 server for transfers too large to hold: it reads each request's body and
/// throws it away, answering with the byte count; `GET /bytes/N` answers N zero bytes written a
/// mebibyte at a time. Nothing it handles is kept, so the test process's peak memory is the client's.
final class DiscardingServer: @unchecked Sendable {
    let port: Int
    private let listener: Int32

    var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

    init() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 16) == 0 else { close(listener); throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        port = Int(UInt16(bigEndian: address.sin_port))
        self.listener = listener
        Thread.detachNewThread {
            while true {
                let connection = accept(listener, nil, nil)
                guard connection >= 0 else { return }
                Thread.detachNewThread { Self.serve(connection) }
            }
        }
    }

    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private static func serve(_ connection: Int32) {
        defer { close(connection) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var head = [UInt8]()
        var leftover = 0
        while true {
            let count = read(connection, &buffer, buffer.count)
            guard count > 0 else { return }
            head += buffer[0..<count]
            if let end = head.indices.dropLast(3).first(where: { head[$0] == 13 && head[$0 + 1] == 10 && head[$0 + 2] == 13 && head[$0 + 3] == 10 }) {
                leftover = head.count - (end + 4)
                head = Array(head[0..<end])
                break
            }
        }
        let lines = String(decoding: head, as: UTF8.self).split(separator: "\r\n")
        let requestLine = lines.first.map(String.init) ?? ""
        var fields: [String: String] = [:]
        for line in lines.dropFirst() {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2 { fields[parts[0].lowercased()] = parts[1].trimmingCharacters(in: .whitespaces) }
        }
        if fields["expect"]?.lowercased() == "100-continue" { send(connection, "HTTP/1.1 100 Continue\r\n\r\n") }
        var received = leftover
        let length = Int(fields["content-length"] ?? "0") ?? 0
        while received < length {
            let count = read(connection, &buffer, min(buffer.count, length - received))
            guard count > 0 else { return }
            received += count
        }
        let target = requestLine.split(separator: " ").dropFirst().first.map(String.init) ?? "/"
        if target.hasPrefix("/bytes/"), let size = Int(target.dropFirst("/bytes/".count)) {
            send(connection, "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: \(size)\r\nConnection: close\r\n\r\n")
            let zeros = [UInt8](repeating: 0, count: 1 << 20)
            var sent = 0
            while sent < size {
                let count = zeros.withUnsafeBytes { write(connection, $0.baseAddress, min(zeros.count, size - sent)) }
                guard count > 0 else { return }
                sent += count
            }
            return
        }
        let answer = String(received)
        send(connection, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: \(answer.utf8.count)\r\nConnection: close\r\n\r\n" + answer)
    }

    private static func send(_ connection: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { write(connection, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            sent += count
        }
    }
}

/// The process's peak resident memory (Linux `VmHWM`), reset before a measured transfer.
enum PeakMemory {
    /// Resets the peak to the current resident size (`/proc/self/clear_refs`, Linux 4.0+).
    static func reset() {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return }
        try? handle.write(contentsOf: Data("5".utf8))
        try? handle.close()
    }

    static var peakBytes: Int { field("VmHWM:") }
    static var residentBytes: Int { field("VmRSS:") }

    private static func field(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name) }),
              let kilobytes = Int(line.dropFirst(name.count).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "")
        else { return 0 }
        return kilobytes * 1024
    }
}
