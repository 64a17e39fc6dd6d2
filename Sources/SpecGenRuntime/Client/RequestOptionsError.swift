/// `RequestOptions` asked for something the pipeline will not send; nothing was sent.
public enum RequestOptionsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `Authorization` belongs to the client's credential, which `TokenConfinement` keeps to the
    /// endpoint's hosts; a header of the call would go with every poll and next link, to any host.
    case authorizationHeader

    public var description: String {
        switch self {
        case .authorizationHeader:
            return "RequestOptions.headers may not set Authorization: give the client a credential instead"
        }
    }
}
