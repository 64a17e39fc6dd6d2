import ArgumentParser
import Foundation
import SpecGenCore
import SpecGenMock

@main
struct SpecGenMockCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "specgen-mock",
        abstract: "Serves a contract on 127.0.0.1 from its x-ms-examples and schemas, or checks a real service against it.",
        discussion: """
        Matches method and path template and validates the request against the contract: path, query and header \
        parameters, and the body against its schema (400 with an ErrorResponse naming the JSON pointer and the rule). \
        Answers with the example the client asks for (Prefer: example=NAME, the x-ms-examples key or the example \
        file's name; Prefer: code=STATUS), else the example that fits the request best, else a response made from \
        the schema. Long-running operations answer 202 with Azure-AsyncOperation and Location pointing back at the \
        mock, which reports InProgress (--polls times), then Succeeded, then serves the final resource. Unknown paths \
        answer 404. One log line per request.

        With --proxy URL it forwards every request to that service instead, passes its answer back unchanged, and \
        logs one line per violation of the contract by the request or the response (operation, JSON pointer, rule).
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

    @Flag(name: .customLong("validate"), inversion: .prefixedNo, help: "Answer 400 to a request that breaks the contract.")
    var validation = true

    @Flag(inversion: .prefixedNo, help: "Answer with the contract's examples where one fits (--no-examples: from the schema only).")
    var examples = true

    @Option(help: "Forward every request to this service (http or https), pass its answers back, and log contract violations.")
    var proxy: String?

    func validate() throws {
        if let proxy, URL(string: proxy)?.scheme.map({ ["http", "https"].contains($0.lowercased()) }) != true {
            throw ValidationError("--proxy needs an http or https URL, not '\(proxy)'")
        }
    }

    func run() async throws {
        let options = MockService.Options(
            pollsBeforeDone: polls, retryAfter: retryAfter, pageSize: pageSize, validatesRequests: validation,
            usesExamples: examples, proxy: proxy.flatMap(URL.init(string:))
        ) { line in
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
        // The address is the line's last word, in either mode.
        let mode = proxy.map { "checking \($0) against the contract, " } ?? ""
        FileHandle.standardOutput.write(Data("specgen-mock: \(mode)serving on \(server.baseURL.absoluteString)\n".utf8))
        while !Task.isCancelled {
            try await Task.sleep(for: .seconds(3600))
        }
    }
}
