#include "services/capture/MrzFrameScanner.h"

#include "services/core/LogCategories.h"
#include "services/ocr/OpenCvMrzReader.h"

#include <QtConcurrent/QtConcurrentRun>

namespace bd::capture {

MrzFrameScanner::MrzFrameScanner(FrameSource& source, ReadFrame read, Options options, QObject* parent)
    : QObject(parent)
    , m_source(source)
    , m_readFrame(std::move(read))
    , m_options(options)
{
    connect(&source, &FrameSource::frameCaptured, this, &MrzFrameScanner::handleFrame);
    connect(&source, &FrameSource::finished, this, [this] {
        m_sourceFinished = true;
        if (!m_watcher.isRunning())
            emit idle();
    });
    if (m_options.pull)
        m_source.requestFrame();
    connect(&m_watcher, &QFutureWatcher<bd::ocr::MrzReading>::finished, this, &MrzFrameScanner::handleRead);
}

MrzFrameScanner::~MrzFrameScanner()
{
    m_watcher.waitForFinished(); // the worker uses m_readFrame; never leave it running
}

void MrzFrameScanner::handleFrame(const Frame& frame)
{
    ++m_seen;
    if (m_watcher.isRunning()) {
        ++m_dropped;
        return;
    }
    m_current = frame;
    m_watcher.setFuture(QtConcurrent::run([read = m_readFrame, frame] { return read(frame); }));
}

void MrzFrameScanner::handleRead()
{
    const bd::ocr::MrzReading reading = m_watcher.result();
    const Frame frame = m_current;
    ++m_read;
    emit frameRead(frame, reading);

    const bool valid = reading.found && reading.record.valid;
    if (valid && reading.record.lines == m_reported) {
        m_absent = 0; // the reported document is still in view
    } else {
        if (!m_reported.isEmpty() && ++m_absent >= m_options.absenceFrames) {
            m_reported.clear();
            m_absent = 0;
        }
        if (valid) {
            if (reading.record.lines == m_candidate) {
                ++m_candidateCount;
            } else {
                m_candidate = reading.record.lines;
                m_candidateCount = 1;
            }
            if (m_candidateCount >= m_options.agreement && reading.record.lines != m_reported) {
                m_reported = reading.record.lines;
                m_absent = 0;
                m_candidate.clear();
                m_candidateCount = 0;
                qCInfo(lcCapture, "document read from frame %lld (%lld ms)", static_cast<long long>(frame.index),
                    static_cast<long long>(reading.milliseconds));
                emit documentRead(frame, reading);
            }
        } else {
            m_candidate.clear();
            m_candidateCount = 0;
        }
    }

    if (m_sourceFinished)
        emit idle();
    else if (m_options.pull)
        m_source.requestFrame();
}

MrzFrameScanner::ReadFrame openCvFrameReader(const bd::ocr::OpenCvMrzReader& reader)
{
    return [&reader](const Frame& frame) {
        if (frame.isNull()) {
            bd::ocr::MrzReading empty;
            empty.error = { QStringLiteral("ocr.unreadableImage"), QStringLiteral("empty frame"), {} };
            return empty;
        }
        const cv::Mat view(frame.height, frame.width, CV_8UC3, const_cast<char*>(frame.bgr.constData()),
            static_cast<size_t>(frame.stride));
        return reader.read(view);
    };
}

} // namespace bd::capture
