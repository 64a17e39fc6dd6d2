/// Which user-assigned managed identity to ask for; a ``ManagedIdentityCredential`` without one
/// asks for the system-assigned identity.
public enum ManagedIdentityID: Sendable, Hashable {
    /// The identity's client (application) id.
    case clientID(String)
    /// The identity's object (principal) id.
    case objectID(String)
    /// The identity's ARM resource id (`/subscriptions/…/userAssignedIdentities/name`).
    case resourceID(String)
}
