using ContentApi.Auth;
using System.Security.Claims;

namespace ContentApi.Editorial;

/// <summary>Who writes and when: the subject stamped into the audit columns and the time of the write.</summary>
public sealed record Editor(string Subject, DateTime Now)
{
    public static Editor From(ClaimsPrincipal? user, TimeProvider time) =>
        new(user?.FindFirst(JwtAuthOptions.SubjectClaim)?.Value ?? "unknown", time.GetUtcNow().UtcDateTime);

    /// <summary>A bulk write path (seed import, <c>import</c>, synthetic corpus), named in the audit columns.</summary>
    public static Editor Bulk(string name, TimeProvider time) => new(name, time.GetUtcNow().UtcDateTime);

    public void StampCreated(IAudited row)
    {
        (row.CreatedAt, row.CreatedBy) = (Now, Subject);
        StampModified(row);
    }

    public void StampModified(IAudited row) => (row.ModifiedAt, row.ModifiedBy) = (Now, Subject);
}
