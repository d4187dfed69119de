using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace ContentApi.Auth;

/// <summary>
/// Data-protection keys that live and die with the process. Authentication registers data protection, but nothing
/// here protects data with it (bearer tokens are validated, never issued or encrypted), so there is nothing to
/// share between instances or keep across restarts.
/// </summary>
internal sealed class InMemoryKeyRepository : IXmlRepository
{
    private readonly List<XElement> _elements = [];

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (_elements)
        {
            return _elements.Select(e => new XElement(e)).ToList();
        }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        lock (_elements)
        {
            _elements.Add(new XElement(element));
        }
    }
}
