import { NotFoundContent } from '@/platform/errors/ui/NotFoundContent'

export default function NotFound() {
  return <NotFoundContent />
}
