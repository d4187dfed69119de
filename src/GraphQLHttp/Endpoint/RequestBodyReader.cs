using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace GraphQLHttp;

/// <summary>
/// Reads a request body into memory, refusing with 413 as soon as it exceeds the configured size, and with 408 when
/// it arrives more slowly than Kestrel's minimum data rate. (Cancelling the read ourselves would leave Kestrel's body
/// reader in a state it then fails to drain, so the rate is the body's only clock.)
/// </summary>
internal static class RequestBodyReader
{
    public static async Task<(ReadOnlyMemory<byte> Body, GraphQLRequestFailure? Failure)> ReadAsync(HttpContext context, long maxBytes)
    {
        if (context.Request.ContentLength > maxBytes)
        {
            return (default, TooLarge(maxBytes));
        }

        // Lets Kestrel stop reading early for chunked bodies too; TestServer and some hosts have no such feature.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = maxBytes;
        }

        // Sized by Content-Length when there is one, so the body is copied once into an array of its own size.
        using var buffer = new MemoryStream((int)(context.Request.ContentLength ?? 0));
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return (default, TooLarge(maxBytes));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (default, TooLarge(maxBytes));
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status408RequestTimeout)
        {
            return (default, TooSlow());
        }
        catch (IOException exception) when (exception is not BadHttpRequestException && !context.RequestAborted.IsCancellationRequested)
        {
            // Kestrel reports some malformed framing (a chunk size that overflows) as a plain IOException.
            return (default, GraphQLRequestFailure.BadRequest($"The request body could not be read: {exception.Message}"));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return (buffer.GetBuffer().AsMemory(0, (int)buffer.Length), null);
    }

    private static GraphQLRequestFailure TooSlow()
        => new(StatusCodes.Status408RequestTimeout, GraphQLErrorCodes.RequestTimeout, "The request body arrived too slowly.");

    private static GraphQLRequestFailure TooLarge(long maxBytes)
        => new(StatusCodes.Status413PayloadTooLarge, GraphQLErrorCodes.RequestTooLarge, $"The request body exceeds {maxBytes} bytes.");
}
