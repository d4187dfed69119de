namespace ContentApi.Related;

/// <summary>The best k candidates seen so far, kept sorted; most offers are turned away by one comparison.</summary>
internal sealed class RelatedTopList(RelatedCandidateOrder order, int capacity)
{
    private readonly RelatedCandidate[] _items = new RelatedCandidate[capacity];

    public int Count { get; private set; }

    public bool IsFull => Count == capacity;

    /// <summary>The k-th best score once the list is full.</summary>
    public double LastScore => _items[Count - 1].Score;

    public void Offer(RelatedCandidate candidate)
    {
        if (IsFull && order.Compare(candidate, _items[Count - 1]) >= 0)
        {
            return;
        }

        var at = IsFull ? Count - 1 : Count++;
        while (at > 0 && order.Compare(candidate, _items[at - 1]) < 0)
        {
            _items[at] = _items[at - 1];
            at--;
        }

        _items[at] = candidate;
    }

    public RelatedCandidate[] ToArray() => _items[..Count];
}
