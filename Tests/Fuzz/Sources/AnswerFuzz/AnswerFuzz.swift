import APIDocRuntime
import DingTalkAPI
import FeishuAPI
import Foundation
import HTTPTypes

/// One libFuzzer input: any bytes, read as a successful answer the way the shipped clients read
/// theirs (strictly, then leniently where a value's kind differs), by each platform's conventions.
///
/// Besides crashes and memory errors, a failure is a read that throws anything but the client's
/// own errors: an undecodable answer is `ClientError`, an error code an `APIError`.
@_cdecl("LLVMFuzzerTestOneInput")
public func answerFuzzInput(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let body = Data(UnsafeBufferPointer(start: start, count: count))
    read(DingTalk.Contact.V1.ListEmpLeaveRecords.Response.self, by: DingTalkConventions(), body)
    read(DingTalk.Chat.Get.Response.self, by: DingTalkLegacyConventions(), body)
    read(Feishu.Hire.V1.Offer.InternOfferStatus.Response.self, by: FeishuConventions(), body)
    read(Feishu.Drive.V1.Media.UploadPrepare.Response.self, by: FeishuConventions(), body)
    read(JSONValue.self, by: DingTalkConventions(), body)
    return 0
}

private func read<Response: Decodable>(_ type: Response.Type, by conventions: some PlatformConventions, _ body: Data) {
    do {
        _ = try conventions.decode(type, errors: NoDocumentedErrors.self, response: HTTPResponse(status: .ok), body: body)
    } catch is ClientError {
    } catch is any ServerAnswer {
    } catch {
        fatalError("reading an answer as \(type) threw \(error)")
    }
}
