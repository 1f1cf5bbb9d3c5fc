import type { ComponentType } from 'react'
import type { DocumentHeaderDto, MethodName } from '../../../shared/api'
import type { BuiltDocType, DocumentBody } from '../../../shared/doc-types'

/** A built type's body as the document page holds it (the body's `kind` is the type's key). */
export type BodyOf<K extends BuiltDocType> = Extract<DocumentBody, { kind: K }>

/** What the document page hands a type's body and extras. */
export interface TypeViewProps<B> {
  header: DocumentHeaderDto
  body: B
  /** Something the type's own buttons did changed the document: the page reads it again. */
  onChanged(): void
}

/** A screen of the type's own (its form, its print page); it exists only for roles that may call `needs`. */
export interface TypeRoute {
  path: string
  Page: ComponentType
  /** The method the screen cannot work without: its access list in shared/api decides who has the route. */
  needs: MethodName
  /** A print page: the sheet alone, without the menu and header. */
  bare?: boolean
}

/** The side menu's groups (layout/side-menu.tsx) a type may add entries to. */
export type MenuGroupKey = 'workbench' | 'master' | 'contracts' | 'goods' | 'system' | 'desk'

export interface TypeMenuEntry {
  group: MenuGroupKey
  path: string
  label: string
  testId: string
  needs: MethodName
}

/** The renderer's side of one document type: registered in ./index.ts, one line per type. */
export interface DocTypeUi<K extends BuiltDocType> {
  Body: ComponentType<TypeViewProps<BodyOf<K>>>
  /** Buttons beside the workflow actions (编辑, 打印预览, 签订合同 …), or null when the type has none. */
  Extras: ComponentType<TypeViewProps<BodyOf<K>>> | null
  /** 审阅要点 on top of the page: what a signer must read, linked to its place (documents/review-summary). */
  Summary?: ComponentType<TypeViewProps<BodyOf<K>>>
  routes: readonly TypeRoute[]
  menu: readonly TypeMenuEntry[]
}
