/**
 * `Manager`: a set of connections, over LibvirtGObject's GVirManager.
 * @module
 */
// rxjs's pieces, not its index: `import 'rxjs'` loads all 224 of its modules (~78 ms CPU), these ~25 ms.
import type { Observable } from 'rxjs/internal/Observable'
import { defer } from 'rxjs/internal/observable/defer'
import { filter } from 'rxjs/internal/operators/filter'
import { from } from 'rxjs/internal/observable/from'
import { map } from 'rxjs/internal/operators/map'
import { merge } from 'rxjs/internal/observable/merge'
import { mergeMap } from 'rxjs/internal/operators/mergeMap'
import { share } from 'rxjs/internal/operators/share'
import { take } from 'rxjs/internal/operators/take'
import { takeUntil } from 'rxjs/internal/operators/takeUntil'
import { combineLatest } from 'rxjs/internal/observable/combineLatest'
import { of } from 'rxjs/internal/observable/of'
import { startWith } from 'rxjs/internal/operators/startWith'
import { switchMap } from 'rxjs/internal/operators/switchMap'
import { fromSignal, init } from '../glib/index.js'
import { gi, type LibvirtGObject } from '../lib/gi.js'
import { Connection, type ConnectionDomainEvent } from './connection.js'
import type { Domain } from './domain.js'
import { cachedList } from './owned-list.js'
import { GvirObject, wrapNullable, wrapObject } from './object.js'

/** A set of connections an application tracks (e.g. virt-manager's list of hosts). */
export class Manager extends GvirObject<LibvirtGObject.Manager> {
  #added?: Observable<Connection>
  #removed?: Observable<Connection>
  #closed?: Observable<Connection>


  /** A new, empty manager. */
  static create(): Manager {
    init()
    return wrapObject(gi().LibvirtGObject.Manager.new(), Manager)
  }

  /** Adds `conn`; `connectionAdded$` emits. */
  addConnection(conn: Connection): void {
    this.gobject.addConnection(conn.gobject)
  }

  /** Removes `conn`; `connectionRemoved$` emits. */
  removeConnection(conn: Connection): void {
    this.gobject.removeConnection(conn.gobject)
  }

  /** The connection with this URI, if the manager has it. */
  findConnectionByUri(uri: string): Connection | undefined {
    return wrapNullable(this.gobject.findConnectionByUri(uri), Connection)
  }

  /** The manager's connections. */
  getConnections(): Connection[] {
    return cachedList(() => this.gobject.getConnections()).map((c) => wrapObject(c, Connection))
  }

  /** A connection was added. */
  get connectionAdded$(): Observable<Connection> {
    this.#added ??= fromSignal(this.gobject, 'connection-added', (c: LibvirtGObject.Connection) => wrapObject(c, Connection))
    return this.#added
  }

  /** A connection was removed. */
  get connectionRemoved$(): Observable<Connection> {
    this.#removed ??= fromSignal(this.gobject, 'connection-removed', (c: LibvirtGObject.Connection) => wrapObject(c, Connection))
    return this.#removed
  }

  /**
   * A connection of the manager closed, or was lost (its libvirtd died: see
   * `Connection.closed$`, which probes the daemon while watched). The connection stays in
   * the manager, as a disconnected host does in virt-manager; the others are untouched.
   * Watches the connections present at subscription and every one added later.
   */
  get connectionClosed$(): Observable<Connection> {
    this.#closed ??= defer(() => merge(from(this.getConnections()), this.connectionAdded$)).pipe(
      mergeMap((conn) => conn.closed$.pipe(
        take(1),
        map(() => conn),
        takeUntil(this.connectionRemoved$.pipe(filter((c) => c === conn))),
      )),
      share(),
    )
    return this.#closed
  }

  /**
   * Every domain of every connection of the manager, one list, re-emitted when a connection's
   * list changes or a connection comes or goes (each connection's `domains$`: fetch each).
   */
  get domains$(): Observable<Domain[]> {
    const connections = this.connectionAdded$.pipe(startWith(undefined), map(() => this.getConnections()))
    const removed = this.connectionRemoved$.pipe(map(() => this.getConnections()))
    return merge(connections, removed).pipe(
      switchMap((conns) => conns.length === 0 ? of([] as Domain[][]) : combineLatest(conns.map((c) => c.domains$))),
      map((lists) => lists.flat()),
    )
  }

  /**
   * Every domain event of every connection of the manager, each with its connection: the
   * fleet view (one libvirt registration per connection and event kind, whatever the number of
   * domains). Connections added later join; removed ones leave.
   */
  get events$(): Observable<ManagerDomainEvent> {
    return defer(() => merge(from(this.getConnections()), this.connectionAdded$)).pipe(
      mergeMap((connection) => connection.events$.pipe(
        map((e): ManagerDomainEvent => ({ connection, ...e })),
        takeUntil(this.connectionRemoved$.pipe(filter((c) => c === connection))),
      )),
    )
  }
}

/** One event of {@link Manager.events$}: a connection's domain event, with the connection. */
export interface ManagerDomainEvent extends ConnectionDomainEvent {
  /** The connection the event came through. */
  readonly connection: Connection
}
