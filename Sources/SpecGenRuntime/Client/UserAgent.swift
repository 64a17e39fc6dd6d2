import Foundation

/// The `User-Agent` in the Azure SDK form (Azure SDK guidelines, "Telemetry policy"):
/// `[<applicationID> ]azsdk-swift-<module>/<version> (Swift <version>; <OS> <version>)`.
///
/// The version is the generator's (``SpecGenVersion/current``): like an Azure SDK package's version,
/// it names the code that built and sends the request, which is what a service team needs to tell
/// client bugs apart. The contract's api-version travels in every request's query already.
enum UserAgent {
    static func value(applicationID: String?, module: String) -> String {
        let sdk = "azsdk-swift-\(module)/\(SpecGenVersion.current) (\(platform))"
        // The guidelines cap the application id at 24 characters without spaces.
        guard let application = applicationID?.filter({ !$0.isWhitespace }).prefix(24), !application.isEmpty else { return sdk }
        return application + " " + sdk
    }

    /// `Swift 6.3; Linux 6.1.0`: the compiler that built the module and the system it runs on.
    static let platform: String = {
        let os = ProcessInfo.processInfo.operatingSystemVersion
        return "Swift \(swiftVersion); \(osName) \(os.majorVersion).\(os.minorVersion).\(os.patchVersion)"
    }()

    private static var osName: String {
        #if os(Linux)
        "Linux"
        #elseif os(macOS)
        "macOS"
        #elseif os(iOS)
        "iOS"
        #elseif os(Windows)
        "Windows"
        #else
        "unknown"
        #endif
    }

    private static var swiftVersion: String {
        #if compiler(>=6.5)
        "6.5+"
        #elseif compiler(>=6.4)
        "6.4"
        #elseif compiler(>=6.3)
        "6.3"
        #elseif compiler(>=6.2)
        "6.2"
        #elseif compiler(>=6.1)
        "6.1"
        #else
        "6.0"
        #endif
    }
}
