import AcceptanceSupport
import BodyFile
import Foundation
import SpecGenRuntime
import Testing

/// body-file.json: `/files/stream/*`, `type: file` answers (produces image/png) read as bytes.
@Suite struct BodyFileTests {
    let client = BodyFileClient(endpoint: TestServer.url, options: TestServer.options)

    /// The server's sample.png, 8 725 bytes, whole.
    @Test func fileIsReadAsItsBytes() async throws {
        let png = try await client.files.getFile()
        #expect(png.count == 8725)
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    }

    @Test func emptyFileIsNoBytes() async throws {
        #expect(try await client.files.getEmptyFile().isEmpty)
    }
}

/// `files_GetFileLarge`: 3 000 MiB of zeros. Read through the streaming method, chunk by chunk,
/// the download never sits in memory: the process's peak resident size grows by a small part of it.
/// scripts/acceptance.sh runs this suite on its own, after the others, so that their allocations
/// do not count (and the loopback transfer does not slow them).
@Suite(.serialized) struct LargeDownloadTests {
    let client = BodyFileClient(endpoint: TestServer.url, options: TestServer.options)

    @Test func veryLargeFileStreamsWithoutBuffering() async throws {
        PeakMemory.reset()
        let before = PeakMemory.residentBytes ?? 0
        let start = ContinuousClock.now
        var received = 0
        var chunks = 0
        for try await chunk in try await client.files.getFileLargeStream() {
            received += chunk.count
            chunks += 1
        }
        let elapsed = ContinuousClock.now - start
        let growth = (PeakMemory.bytes ?? 0) - before
        print("large download: \(received) bytes in \(chunks) chunks, \(elapsed), peak resident growth \(growth / (1 << 20)) MiB")
        #expect(received == 3000 * 1024 * 1024)
        // A sixth of the body at most (measured: 70 to 190 MiB on 2 cores): URLSession cannot pause a
        // download, so what the reader has not taken waits in 32 MiB of memory, then on disk.
        #expect(growth < 512 << 20)
    }
}
