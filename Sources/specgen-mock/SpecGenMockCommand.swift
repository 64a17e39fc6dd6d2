import ArgumentParser
import Foundation
import SpecGenCore
import SpecGenMock

@main
struct SpecGenMockCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "specgen-mock",
        abstract: "Serves a contract's x-ms-examples on 127.0.0.1, so a client can be developed offline.",
        discussion: """
        Matches method and path template, validates parameters (400 with an ErrorResponse naming the parameter),
        answers the example's response. Long-running operations answer 202 with Azure-AsyncOperation and Location
        pointing back at the mock, which reports InProgress, then Succeeded, then serves the final resource.
        Unknown paths answer 404. One log line per request.
        """
    )

    @Option(help: "A specgen config; its modules are served (default specs/specgen.yaml when no --spec is given).")
    var config: String?

    @Option(name: .customLong("spec"), help: "A contract file or folder; repeat for a contract split over files.")
    var specs: [String] = []

    @Option(help: "Port on 127.0.0.1 (0 picks a free one).")
    var port: Int = 8080

    @Option(name: .customLong("page-size"), help: "Split pageable list responses into pages of this many items.")
    var pageSize: Int?

    @Option(help: "Status polls that answer InProgress before Succeeded.")
    var polls: Int = 1

    @Option(name: .customLong("retry-after"), help: "Retry-After seconds sent with 202s and status monitors.")
    var retryAfter: Int = 1

    func run() async throws {
        let options = MockService.Options(pollsBeforeDone: polls, retryAfter: retryAfter, pageSize: pageSize) { line in
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        let service: MockService
        do {
            service = specs.isEmpty
                ? try MockService.load(config: config ?? GeneratorConfig.defaultPath, options: options)
                : try MockService.load(specPaths: specs, options: options)
        } catch let diagnostic as Diagnostic {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
            throw ExitCode(1)
        }
        let server = try await service.start(port: port)
        // Written straight to the descriptor, unbuffered: a test or script waiting for this line sees it at once.
        FileHandle.standardOutput.write(Data("specgen-mock: serving on \(server.baseURL.absoluteString)\n".utf8))
        while !Task.isCancelled {
            try await Task.sleep(for: .seconds(3600))
        }
    }
}
