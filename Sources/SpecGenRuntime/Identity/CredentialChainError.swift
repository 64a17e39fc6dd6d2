/// No credential of a chain gave a token: what each source that was tried said, in order.
public struct CredentialChainError: Error, Sendable, CustomStringConvertible {
    /// One source's answer.
    public struct Attempt: Sendable {
        /// The source's type name (`EnvironmentCredential`, …).
        public let credential: String
        public let message: String
        /// False when the source was configured and failed (the chain stopped there).
        public let wasUnavailable: Bool
    }

    /// The chain's name (`DefaultAzureCredential`, `ChainedTokenCredential`).
    public let chain: String
    public let attempts: [Attempt]

    public var description: String {
        let stopped = attempts.last.map { !$0.wasUnavailable } ?? false
        let heading = stopped ? "\(chain) stopped at a source that failed" : "\(chain) found no source that could give a token"
        return heading + ":\n" + attempts.map { "- \($0.credential): \($0.message)" }.joined(separator: "\n")
    }
}
