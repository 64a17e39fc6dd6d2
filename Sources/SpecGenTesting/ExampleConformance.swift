import Foundation
import SpecGenRuntime

/// Runs example cases and counts what was verified.
public enum ExampleConformance {
    public struct Report: Sendable {
        public var examples = 0
        public var requests = 0
        public var responseBodies = 0
        public var missing = 0
        public var failures: [String] = []
        public var notes: [String] = []

        public var summary: String {
            "example conformance: \(examples) examples, \(requests) requests, \(responseBodies) response bodies verified, \(missing) missing"
        }

        public var liveSummary: String {
            "live examples: \(examples) examples, \(requests) client calls, \(responseBodies) results verified, \(missing) missing"
        }

        /// Members of an example the contract does not declare: worth knowing, not a failure.
        mutating func noteUndeclared(_ paths: [String], label: String) {
            for path in paths {
                notes.append("note: \(label): \(path) is not declared by the contract; not compared")
            }
        }
    }

    /// Calls the generated client for every example against a server (the mock) and compares what
    /// it returns with the example's response. Each call asks for its own example
    /// (`Prefer: example=<its x-ms-examples key>`), so it passes whatever other examples of the
    /// operation exist, identical requests and all.
    public static func runLive(_ cases: [ExampleCase], relativeTo directory: URL, context: LiveExampleContext) async -> Report {
        var report = Report()
        for exampleCase in cases where exampleCase.live != nil {
            guard let (run, label) = load(exampleCase, relativeTo: directory, into: &report), let live = exampleCase.live else { continue }
            var exampleContext = context
            exampleContext.transport = PreferringTransport(context.transport, example: exampleCase.title)
            do {
                let result = try await live(run, exampleContext)
                report.requests += 1
                if let expected = run.expectedLiveResult() {
                    guard let result else { throw ExampleMismatch(description: "the client returned nothing; the example has a body") }
                    var undeclared: [String] = []
                    defer { report.noteUndeclared(undeclared, label: label) }
                    if let difference = JSONComparison.difference(expected: expected, actual: result.json, path: "result",
                                                                  declared: result.declaredMembers, undeclared: &undeclared) {
                        throw ExampleMismatch(description: "live result differs: \(difference)")
                    }
                    report.responseBodies += 1
                }
            } catch {
                report.failures.append("\(label): \(error)")
            }
        }
        return report
    }

    /// Builds each example's request and decodes each of its responses, offline.
    public static func run(_ cases: [ExampleCase], relativeTo directory: URL) -> Report {
        var report = Report()
        for exampleCase in cases {
            guard let (run, label) = load(exampleCase, relativeTo: directory, into: &report) else { continue }
            let declared = Set(exampleCase.declaredParameters.map { $0.lowercased() })
            for name in run.parameters.keys.sorted() where !declared.contains(name.lowercased()) {
                report.notes.append("note: \(label): example parameter '\(name)' is not declared by the operation; ignored")
            }
            do {
                try exampleCase.run(run)
                report.requests += run.requestsVerified
                report.responseBodies += run.bodiesVerified
            } catch {
                report.failures.append("\(label): \(error)")
            }
            report.noteUndeclared(run.undeclaredMembers, label: label)
            for reason in run.uncomparedBodies { report.notes.append("note: \(label): \(reason)") }
        }
        return report
    }

    /// Reads one example (a file, or JSON from the contract), counting it as present or missing;
    /// an example that does not parse is a failure.
    private static func load(_ exampleCase: ExampleCase, relativeTo directory: URL, into report: inout Report) -> (ExampleRun, String)? {
        let data: Data
        let label: String
        switch exampleCase.source {
        case .file(let path):
            let url = directory.appendingPathComponent(path).standardizedFileURL
            guard let contents = FileManager.default.contents(atPath: url.path) else {
                report.missing += 1
                return nil
            }
            data = contents
            label = "\(exampleCase.operationId) (\(url.lastPathComponent))"
        case .inline(let json):
            data = Data(json.utf8)
            label = "\(exampleCase.operationId) (inline example '\(exampleCase.title)')"
        }
        report.examples += 1
        do {
            return (try ExampleRun(exampleCase: exampleCase, document: JSONValue.parse(data)), label)
        } catch {
            report.failures.append("\(label): \(error)")
            return nil
        }
    }
}
