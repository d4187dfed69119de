using System.Collections;

namespace ContentApi.Tests.Support;

/// <summary>A list that exporters add to from any thread while a test reads it (both lock the inner list).</summary>
internal sealed class LockedList<T>(List<T> inner) : ICollection<T>
{
    public int Count
    {
        get
        {
            lock (inner)
            {
                return inner.Count;
            }
        }
    }

    public bool IsReadOnly => false;

    public void Add(T item)
    {
        lock (inner)
        {
            inner.Add(item);
        }
    }

    public void Clear()
    {
        lock (inner)
        {
            inner.Clear();
        }
    }

    public bool Contains(T item)
    {
        lock (inner)
        {
            return inner.Contains(item);
        }
    }

    public void CopyTo(T[] array, int arrayIndex)
    {
        lock (inner)
        {
            inner.CopyTo(array, arrayIndex);
        }
    }

    public bool Remove(T item)
    {
        lock (inner)
        {
            return inner.Remove(item);
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        lock (inner)
        {
            return inner.ToList().GetEnumerator();
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
