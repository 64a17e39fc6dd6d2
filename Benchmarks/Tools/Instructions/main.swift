// Runs one hot path N times, for `valgrind --tool=callgrind` to count its instructions
// (Benchmarks/count_instructions.sh). Instruction counts are repeatable on a shared VM where
// wall-clock times vary by 2x from one hour to the next.
import Foundation
import HTTPTypes
import PostgreSQLFlexibleServers
import SpecGenRuntime

@inline(never) func blackHole<T>(_ value: T) { withExtendedLifetime(value) {} }

let ltrResponse = Data(#"{"properties":{"backupMetadata":"backupmetadata","dataTransferredInBytes":23,"datasourceSizeInBytes":23,"endTime":"2025-06-01T18:35:22.123Z","percentComplete":100,"startTime":"2025-06-01T18:30:22.123Z","status":"Running"}}"#.utf8)
let body = BackupsLongTermRetentionRequest(
    backupSettings: BackupSettings(backupName: "exampleltrbackup"), targetDetails: BackupStoreDetails(sasUriList: ["sasuri"]))
let response = try JSONCoding.decode(BackupsLongTermRetentionResponse.self, from: ltrResponse)

func start() throws -> BackupsLongTermRetention.Start {
    try BackupsLongTermRetention.Start(
        subscriptionId: "ffffffff-ffff-ffff-ffff-ffffffffffff", resourceGroupName: "exampleresourcegroup",
        serverName: "exampleserver", body: body)
}

/// The floor under any request builder that hands out swift-http-types values.
func bareHTTPRequest() -> HTTPRequest {
    var fields = HTTPFields()
    fields[.accept] = "application/json"
    fields[.contentType] = "application/json"
    return HTTPRequest(method: .post, scheme: "https", authority: "management.azure.com",
                       path: "/subscriptions/ffffffff-ffff-ffff-ffff-ffffffffffff/resourceGroups/exampleresourcegroup/providers/Microsoft.DBforPostgreSQL/flexibleServers/exampleserver/startLtrBackup?api-version=2025-08-01",
                       headerFields: fields)
}

let paths: [String: () throws -> Void] = [
    "build": { blackHole(try start().makeRequest()) },
    "validate": { blackHole(try start()) },
    "body": { blackHole(try JSONCoding.encode(body)) },
    "decode": { blackHole(try JSONCoding.decode(BackupsLongTermRetentionResponse.self, from: ltrResponse)) },
    "encode": { blackHole(try JSONCoding.encode(response)) },
    "http-request": { blackHole(bareHTTPRequest()) },
]

let arguments = CommandLine.arguments
guard arguments.count == 3, let path = paths[arguments[1]], let count = Int(arguments[2]) else {
    print("usage: Instructions \(paths.keys.sorted().joined(separator: "|")) COUNT")
    exit(2)
}
for _ in 0..<count { try path() }
